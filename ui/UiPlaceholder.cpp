// Temporary: removed when the shell sources are listed in ui/CMakeLists.txt.
