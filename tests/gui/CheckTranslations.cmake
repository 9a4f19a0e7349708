# Fails when the translation file is missing, has unfinished entries, or has messages without a
# translation. Run with: cmake -DTS_FILE=<file.ts> [-DLUPDATE=<lupdate> -DSOURCE_ROOT=<repo> -DWORK_DIR=<dir>]
#   -P CheckTranslations.cmake
# With LUPDATE, the sources are scanned into a copy of the file first, so a tr() string that was added in
# the code but never put into the .ts also fails the test (it would show up as unfinished).
if(NOT EXISTS "${TS_FILE}")
  message(FATAL_ERROR "${TS_FILE} is missing")
endif()
set(checked "${TS_FILE}")
if(LUPDATE)
  get_filename_component(name "${TS_FILE}" NAME)
  set(checked "${WORK_DIR}/${name}")
  file(COPY_FILE "${TS_FILE}" "${checked}")
  execute_process(COMMAND "${LUPDATE}" -silent -locations none -no-obsolete -extensions cpp,h,ui
                          "${SOURCE_ROOT}/models" "${SOURCE_ROOT}/render" "${SOURCE_ROOT}/ui" -ts "${checked}"
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
  endif()
endif()
file(READ "${checked}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished unfinished_count)
string(REGEX MATCHALL "<translation></translation>|<translation/>" empty "${ts}")
list(LENGTH empty empty_count)
string(REGEX MATCHALL "<message[ >]" messages "${ts}")
list(LENGTH messages message_count)
if(message_count EQUAL 0)
  message(FATAL_ERROR "${TS_FILE} has no messages: run the update_translations target")
endif()
if(unfinished_count GREATER 0 OR empty_count GREATER 0)
  message(FATAL_ERROR "${TS_FILE}: ${unfinished_count} unfinished and ${empty_count} empty translations "
                      "of ${message_count} messages")
endif()
message(STATUS "${TS_FILE}: all ${message_count} messages translated")
