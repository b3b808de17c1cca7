# The ASan+UBSan tier (`cmake --preset asan`, scripts/check-asan): with
# TANDEM_SANITIZE on, the host-side programs (vmproc, the rewriter, their
# unit tests) are built with AddressSanitizer and UndefinedBehaviorSanitizer,
# and any report ends the process with an error.  Freestanding code (vmlib
# and the guest kernel inside guest images, the space stub, the kernel
# module) and the static test programs that run inside the guest are never
# instrumented: they have no sanitizer runtime to call.
option(TANDEM_SANITIZE "build host-side code with -fsanitize=address,undefined" OFF)

set(TANDEM_SANITIZE_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
# vmlib's core, compiled for its unit tests, addresses guest memory at the
# direct map (TANDEM_DIRECT_MAP_BASE, 16 TiB), where ASan keeps its shadow
# memory on x86-64 ([0x7fff8000, 0x10007fff8000)): those tests get UBSan
# only, which needs no shadow.
set(TANDEM_SANITIZE_UB_FLAGS -fsanitize=undefined -fno-sanitize-recover=all)

# tandem_sanitize(TARGET...): instruments host-side targets with ASan+UBSan
# when TANDEM_SANITIZE is on.
function(tandem_sanitize)
  if(TANDEM_SANITIZE)
    foreach(target IN LISTS ARGN)
      target_compile_options(${target} PRIVATE ${TANDEM_SANITIZE_FLAGS})
      target_link_options(${target} PRIVATE ${TANDEM_SANITIZE_FLAGS})
    endforeach()
  endif()
endfunction()

# tandem_sanitize_ub(TARGET...): UBSan alone, for host code that must keep
# the guest's fixed addresses free (see TANDEM_SANITIZE_UB_FLAGS).
function(tandem_sanitize_ub)
  if(TANDEM_SANITIZE)
    foreach(target IN LISTS ARGN)
      target_compile_options(${target} PRIVATE ${TANDEM_SANITIZE_UB_FLAGS})
      target_link_options(${target} PRIVATE ${TANDEM_SANITIZE_UB_FLAGS})
    endforeach()
  endif()
endfunction()
