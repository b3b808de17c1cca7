/* The guest kernel's symbols.  An attacker has the same tandem release as
 * the user, so it knows where vmlib's text, data and its Syscall User
 * Dispatch selector are; the runner puts the kernel's ELF file in the
 * guest's root export and names it in --kernel-elf. */
#include <elf.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "redteam.h"

static uint8_t* g_image;
static size_t g_size;

/* Reads the ELF file once. */
static int load(void) {
    if (g_image) return 1;
    if (!g_targets.kernel_elf) return 0;
    int fd = open(g_targets.kernel_elf, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0) return 0;
    g_image = malloc(st.st_size);
    size_t got = 0;
    while (g_image && got < (size_t)st.st_size) {
        ssize_t r = read(fd, g_image + got, st.st_size - got);
        if (r <= 0) break;
        got += r;
    }
    close(fd);
    g_size = got;
    return got == (size_t)st.st_size && got > sizeof(Elf64_Ehdr);
}

/* Walks .symtab; `exact` compares whole names, otherwise substrings. */
static uint64_t lookup(const char* name, int exact) {
    if (!load()) return 0;
    Elf64_Ehdr* eh = (Elf64_Ehdr*)g_image;
    if (eh->e_shoff + (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) > g_size) return 0;
    Elf64_Shdr* sh = (Elf64_Shdr*)(g_image + eh->e_shoff);
    for (int i = 0; i < eh->e_shnum; i++) {
        if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum) continue;
        Elf64_Shdr* strs = &sh[sh[i].sh_link];
        Elf64_Sym* syms = (Elf64_Sym*)(g_image + sh[i].sh_offset);
        size_t count = sh[i].sh_size / sizeof(Elf64_Sym);
        for (size_t k = 0; k < count; k++) {
            if (syms[k].st_name >= strs->sh_size) continue;
            const char* s = (const char*)g_image + strs->sh_offset + syms[k].st_name;
            if (exact ? strcmp(s, name) == 0 : strstr(s, name) != NULL) return syms[k].st_value;
        }
    }
    return 0;
}

uint64_t kernel_symbol(const char* name) { return lookup(name, 1); }
uint64_t kernel_symbol_containing(const char* part) { return lookup(part, 0); }
