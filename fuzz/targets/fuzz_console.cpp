// libFuzzer target: the console device's ring handling (vmproc's
// ConsoleDevice draining the guest's output ring, RingView as the host's
// producer into the input ring) with guest-controlled ring headers.  The
// input is a list of 9-byte commands: 1 byte op, 4 bytes a, 4 bytes b.
//
//   0 head = a         1 tail = a          2 data_size field = a
//   3 byte b at data offset a (masked)     4 kick: drain the output ring
//   5 putc b           6 host writes a%97 bytes into the input ring
//   7 host reads up to a%97 bytes from the input ring
//
// Each ring is a heap block of exactly header + data bytes, so
// AddressSanitizer reports any access outside it.  Console output goes to
// /dev/null.
#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "devices/console.h"
#include "devices/ring.h"

namespace {
constexpr std::uint32_t kDataSize = 256;
int g_null = -1;
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    g_null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    return g_null < 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::size_t bytes = sizeof(tandem_ring) + kDataSize;
    auto out_mem = std::make_unique<std::uint8_t[]>(bytes);
    auto in_mem = std::make_unique<std::uint8_t[]>(bytes);
    auto* out = reinterpret_cast<tandem_ring*>(out_mem.get());
    auto* in = reinterpret_cast<tandem_ring*>(in_mem.get());
    tandem::RingView::init(out, kDataSize);
    tandem::RingView::init(in, kDataSize);
    tandem::RingView input(in, kDataSize);
    tandem::ConsoleDevice console(tandem::RingView(out, kDataSize), nullptr, g_null);
    std::uint8_t scratch[97];
    std::memset(scratch, 'x', sizeof scratch);
    for (std::size_t at = 0; at + 9 <= size; at += 9) {
        std::uint8_t op = data[at] % 8;
        std::uint32_t a, b;
        std::memcpy(&a, data + at + 1, 4);
        std::memcpy(&b, data + at + 5, 4);
        tandem_ring* guest_side = (b & 0x100) ? in : out;
        switch (op) {
        case 0: guest_side->head = a; break;
        case 1: guest_side->tail = a; break;
        case 2: guest_side->data_size = a; break;
        case 3: reinterpret_cast<std::uint8_t*>(guest_side + 1)[a % kDataSize] = std::uint8_t(b); break;
        case 4:
            console.out(TANDEM_CONSOLE_KICK_OUT, 4, 0);
            // After a drain the host has consumed everything it accepted.
            if (out->head - out->tail > kDataSize) {
                std::fprintf(stderr, "drain left a corrupt ring: head %u tail %u\n", out->head, out->tail);
                std::abort();
            }
            break;
        case 5: console.out(TANDEM_CONSOLE_PUTC, 1, b); break;
        case 6: {
            std::size_t want = a % sizeof scratch, wrote = input.write(scratch, want);
            if (wrote > want) std::abort();
            break;
        }
        case 7: {
            std::size_t want = a % sizeof scratch;
            if (input.read(scratch, want) > want) std::abort();
            break;
        }
        }
    }
    return 0;
}
