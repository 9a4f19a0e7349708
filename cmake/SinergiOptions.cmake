# One INTERFACE target carries the language level, warnings and strict Qt macros for all our code,
# so every library, executable and test is compiled the same way.
add_library(sinergi_options INTERFACE)
target_compile_features(sinergi_options INTERFACE cxx_std_20)
target_compile_options(sinergi_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
target_compile_definitions(sinergi_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  SINERGI_VERSION="${PROJECT_VERSION}")

if(SINERGI_ASAN)
  target_compile_options(sinergi_options INTERFACE -fsanitize=address -fno-omit-frame-pointer)
  target_link_options(sinergi_options INTERFACE -fsanitize=address)
endif()
if(SINERGI_UBSAN)
  target_compile_options(sinergi_options INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
  target_link_options(sinergi_options INTERFACE -fsanitize=undefined)
endif()
