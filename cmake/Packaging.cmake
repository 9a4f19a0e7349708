# Installation and packages. `cpack -G DEB` here; on Windows the same file drives NSIS/WiX after
# windeployqt (see installer/windows/README.md), which cannot be built on these Debian machines.
include(GNUInstallDirs)
install(TARGETS sinergi sinergi-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(CPACK_PACKAGE_NAME "sinergi")
set(CPACK_PACKAGE_VENDOR "Sinergi")
set(CPACK_PACKAGE_CONTACT "sinergi@example.invalid")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Labour data for Disnaker offices: encrypted store, reports, SMData submission")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Sinergi")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Runtime plugins are loaded with dlopen, so shlibdeps cannot see them. libsqlcipher1 4.x comes from
# bookworm-backports (see README).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_NSIS_DISPLAY_NAME "Sinergi")
set(CPACK_WIX_UPGRADE_GUID "6C1B5E0A-2F8B-4C57-9B1D-4D7E9A8F3C21")
include(CPack)
