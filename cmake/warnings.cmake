# The compiler warnings for everything tandem compiles itself, set in this
# one place: every target of the project (add_compile_options below), the
# guest images' hand-driven compiles (guests/CMakeLists.txt reads
# TANDEM_WARNING_FLAGS) and the fuzz targets' separate project
# (fuzz/targets/CMakeLists.txt includes this file).  The kernel module's
# flags are kbuild's own and live in kmod/Kbuild.
#
# TANDEM_WERROR (on by default, and in CI) turns every warning into an
# error; turn it off only to try a compiler CI does not build with.
option(TANDEM_WERROR "treat compiler warnings as errors" ON)

set(TANDEM_WARNING_FLAGS -Wall -Wextra)
if(TANDEM_WERROR)
  list(APPEND TANDEM_WARNING_FLAGS -Werror)
endif()
add_compile_options(${TANDEM_WARNING_FLAGS})
