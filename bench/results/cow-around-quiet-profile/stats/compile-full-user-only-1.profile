cc1;user 21837
bash;vmlib;vmlib_host_syscall 4689
bash;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4465
cc1;vmlib;vmlib_host_syscall 2751
[no program];vmlib;vmlib_host_syscall 2111
bash;user 1333
ld;user 1114
as;user 994
cc1;vmlib;vmlib::handle_syscall(tandem_regs&) 859
cc1;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 833
as;vmlib;vmlib_host_syscall 561
bash;vmlib;vmlib::handle_syscall(tandem_regs&) 556
sed;vmlib;vmlib_host_syscall 545
ld;vmlib;vmlib_host_syscall 532
rm;vmlib;vmlib_host_syscall 427
ld;vmlib;vmlib::handle_syscall(tandem_regs&) 423
sed;user 385
bash;vmproc;port i/o 384
gcc;vmlib;vmlib_host_syscall 359
as;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 336
cat;vmlib;vmlib_host_syscall 270
cc1;kernel;syscall_entry 250
rm;user 243
bash;kernel;isr_stub_14 234
gcc;user 232
ld;vmproc;port i/o 215
sed;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 210
cc1;kernel;memset 206
bash;kernel;syscall_entry 204
rm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 184
sh;vmlib;vmlib_host_syscall 179
cc1;vmproc;port i/o 151
mv;vmlib;vmlib_host_syscall 150
ld;kernel;syscall_entry 139
ld;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 139
cc1;kernel;isr_stub_14 136
as;vmproc;port i/o 128
gcc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 119
bash;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 117
cat;user 113
gcc;vmlib;vmlib::handle_syscall(tandem_regs&) 111
bash;kernel;memcpy 109
rm;vmproc;port i/o 103
cat;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 101
collect2;vmlib;vmlib_host_syscall 97
cc1;vmlib;vmlib_site_dispatch 96
cc1;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 94
[no program];kernel;pmm::put(unsigned long) 88
ar;vmproc;port i/o 84
mv;user 84
rm;vmlib;vmlib::handle_syscall(tandem_regs&) 81
ar;vmlib;vmlib_host_syscall 80
sed;vmlib;vmlib::handle_syscall(tandem_regs&) 80
cc1;vmlib;vmlib::find_site(unsigned long) 78
as;vmlib;vmlib::handle_syscall(tandem_regs&) 75
bash;vmlib;vmlib::find_site(unsigned long) 75
bash;vmlib;vmlib_site_dispatch 74
mv;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 72
gcc;vmproc;port i/o 70
[no program];kernel;vmm::(anonymous namespace)::free_table(unsigned long, int) 69
grep;vmlib;vmlib_host_syscall 69
make;user 65
mv;vmproc;port i/o 61
bash;vmlib;vmlib::uo::flush_user_window() 59
ld;kernel;memset 59
collect2;user 53
mkdir;vmlib;vmlib_host_syscall 51
cat;vmlib;vmlib::handle_syscall(tandem_regs&) 50
cc1;kernel;pmm::get(unsigned long) 48
as;kernel;isr_stub_14 47
make;vmlib;vmlib_host_syscall 45
make;vmlib;vmlib::handle_syscall(tandem_regs&) 44
ar;user 43
ar;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 43
cc1;kernel;PageCache::find(unsigned long) const 41
sed;kernel;isr_stub_14 41
bash;kernel;pmm::get(unsigned long) 40
grep;user 40
nm;vmlib;vmlib_host_syscall 39
bash;vmlib;vmlib::resume_kernel(tandem_regs&) 38
grep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 37
bash;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 36
bash;kernel;vmm::walk(unsigned long, unsigned long, bool) 35
cat;vmproc;port i/o 35
bash;vmlib;__vmlib_site 34
mkdir;user 34
bash;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 33
bash;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 33
mv;vmlib;vmlib::handle_syscall(tandem_regs&) 33
[no program];vmlib;vmlib_site_dispatch 32
cc1;vmlib;vmlib_resume_kernel_asm 32
collect2;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 31
cc1;kernel;dcache::find(Dentry*, char const*, unsigned int) 30
cc1;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 30
gcc;kernel;syscall_entry 30
sed;kernel;syscall_entry 30
bash;kernel;memset 28
cc1;vmlib;vmlib::resume_kernel(tandem_regs&) 28
make;vmproc;port i/o 28
rm;kernel;syscall_entry 28
[no program];vmlib;vmlib::find_site(unsigned long) 26
bash;vmlib;vmlib::uo::find_block(unsigned long) 26
[no program];vmproc;port i/o 25
cc1;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 25
ld;kernel;isr_stub_14 25
bash;vmlib;vmlib::uo::reflect_ahead() 24
cc1;kernel;isr_stub_32 24
cc1;vmlib;vmlib::uo::reflect_ahead() 24
ld;vmlib;vmlib_site_dispatch 24
ranlib;vmlib;vmlib_host_syscall 24
as;kernel;syscall_entry 23
bash;kernel;pmm::put(unsigned long) 23
bash;kernel;pmm::refcount(unsigned long) 23
bash;vmlib;vmlib_resume_kernel_asm 23
cc1;vmlib;__vmlib_site 23
cc1;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 21
collect2;vmlib;vmlib::handle_syscall(tandem_regs&) 21
nm;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 21
cc1;vmlib;vmlib::uo::find_block(unsigned long) 20
nm;user 20
cc1;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 19
gcc;vmlib;vmlib::find_site(unsigned long) 19
[no program];vmlib;__vmlib_site 18
[no program];vmlib;vmlib_resume_kernel_asm 18
bash;kernel;AddressSpace::clone_cow() 18
bash;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 18
dirname;vmlib;vmlib_host_syscall 18
ld;vmlib;vmlib::find_site(unsigned long) 18
mkdir;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 18
rm;kernel;isr_stub_14 18
ar;kernel;memcpy 17
bash;kernel;__copy_user 17
bash;kernel;kmalloc(unsigned long) 17
cc1;vmlib;vmlib::load_gs_base(unsigned long) 17
ld;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 17
uname;vmlib;vmlib_host_syscall 17
[no program];kernel;vmm::destroy_root(unsigned long) 16
bash;kernel;PageCache::find(unsigned long) const 16
bash;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 16
cc1;kernel;__copy_user 16
cc1;kernel;vmm::walk(unsigned long, unsigned long, bool) 16
cc1;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 16
gcc;kernel;isr_stub_14 16
grep;vmlib;vmlib::handle_syscall(tandem_regs&) 16
make;kernel;syscall_entry 16
make;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 16
ranlib;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 16
cat;kernel;syscall_entry 15
ln;vmlib;vmlib_host_syscall 15
ranlib;user 15
xgettext;user 15
xgettext;vmlib;vmlib_host_syscall 15
cc1;kernel;kmalloc(unsigned long) 14
gcc;vmlib;vmlib_site_dispatch 14
mv;kernel;isr_stub_14 14
sh;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 14
xgettext;vmproc;port i/o 14
as;vmlib;vmlib_site_dispatch 13
bash;kernel;AddressSpace::break_cow(Vma*, unsigned long*, unsigned long) 13
bash;kernel;__strncpy_user 13
bash;kernel;dcache::find(Dentry*, char const*, unsigned int) 13
cc1;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 13
cc1;kernel;pmm::take_run(unsigned long) 13
ld;vmlib;vmlib::resume_kernel(tandem_regs&) 13
mv;kernel;syscall_entry 13
sed;kernel;PageCache::find(unsigned long) const 13
sed;vmlib;vmlib_site_dispatch 13
as;kernel;memset 12
bash;kernel;pmm::take_run(unsigned long) 12
bash;kernel;syscall_dispatch 12
bash;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 12
cc1;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 12
sed;vmproc;port i/o 12
[no program];vmlib;vmlib::resume_kernel(tandem_regs&) 11
bash;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 11
bash;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 11
cc1;vmlib;vmlib::site_handler(unsigned short) 11
collect2;kernel;syscall_entry 11
expr;vmlib;vmlib_host_syscall 11
sort;vmlib;vmlib_host_syscall 11
ar;kernel;memset 10
bash;kernel;trap_dispatch 10
bash;kernel;traps::handle_page_fault(TrapFrame*) 10
bash;vmlib;vmlib::uo::page_now(unsigned long) 10
bash;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 10
cc1;kernel;memcmp 10
cc1;kernel;mounts::on(Mount*, Dentry*) 10
cc1;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 10
cc1;vmlib;vmlib::enter_user_direct(tandem_regs&) 10
cc1;vmlib;vmlib::uo::flush_user_window() 10
collect2;vmproc;port i/o 10
dirname;user 10
mawk;user 10
mawk;vmlib;vmlib_host_syscall 10
msgfmt;vmlib;vmlib_host_syscall 10
[no program];kernel;AddressSpace::write_back(unsigned long, unsigned long) 9
[no program];vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 9
ar;vmlib;vmlib::handle_syscall(tandem_regs&) 9
as;kernel;PageCache::find(unsigned long) const 9
as;kernel;memcpy 9
basename;vmlib;vmlib_host_syscall 9
bash;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 9
cat;kernel;isr_stub_14 9
cc1;kernel;itimer::expire(unsigned long) 9
cc1;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 9
cc;vmlib;vmlib_host_syscall 9
expr;user 9
ln;user 9
msgfmt;user 9
ranlib;vmlib;vmlib::handle_syscall(tandem_regs&) 9
ranlib;vmproc;port i/o 9
sed;vmlib;vmlib::find_site(unsigned long) 9
sed;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 9
as;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 8
as;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 8
bash;vmlib;vmlib::load_gs_base(unsigned long) 8
cc1;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 8
cc1;kernel;syscall_dispatch 8
cc1;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 8
cc1;vmlib;vmlib::resume(tandem_regs&) 8
dirname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 8
gcc;kernel;dcache::find(Dentry*, char const*, unsigned int) 8
gcc;kernel;memset 8
ld;vmlib;__vmlib_site 8
ld;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 8
mkdir;vmlib;vmlib::handle_syscall(tandem_regs&) 8
rm;vmlib;vmlib::find_site(unsigned long) 8
sed;vmlib;vmlib::uo::reflect_ahead() 8
uname;user 8
[no program];kernel;program_names::forget(unsigned long) 7
as;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 7
as;vmlib;vmlib::uo::reflect_ahead() 7
bash;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 7
bash;vmlib;vmlib::enter_user_direct(tandem_regs&) 7
bash;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 7
cc1;vmlib;tandem_x86_irq_deliverable 7
cc1;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 7
chmod;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
gcc;vmlib;vmlib::resume_kernel(tandem_regs&) 7
gcc;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 7
grep;vmproc;port i/o 7
ld;kernel;__copy_user 7
msgfmt;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 7
msgmerge;vmlib;vmlib_host_syscall 7
mv;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 7
rm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 7
sed;kernel;memcpy 7
sed;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 7
[no program];vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 6
ar;kernel;isr_stub_14 6
arch;vmlib;vmlib_host_syscall 6
as;kernel;pmm::put(unsigned long) 6
as;vmlib;vmlib::find_site(unsigned long) 6
bash;kernel;AddressSpace::populate(unsigned long) 6
bash;vmlib;tandem_x86_irq_deliverable 6
bash;vmlib;vmlib::site_handler(unsigned short) 6
cat;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 6
cat;vmlib;vmlib_site_dispatch 6
cc1;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 6
cc1;kernel;__strncpy_user 6
cc1;kernel;pmm::put(unsigned long) 6
cc1;kernel;trap_dispatch 6
chmod;user 6
conftest;user 6
conftest;vmlib;vmlib::handle_syscall(tandem_regs&) 6
conftest;vmproc;port i/o 6
gcc;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 6
ld;vmlib;vmlib::load_gs_base(unsigned long) 6
ld;vmlib;vmlib::uo::flush_user_window() 6
rmdir;vmlib;vmlib_host_syscall 6
sed;kernel;syscall_dispatch 6
xgettext;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 6
[no program];vmlib;tandem_x86_irq_deliverable 5
awk;vmlib;vmlib_host_syscall 5
basename;user 5
bash;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 5
bash;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 5
bash;vmlib;vmlib::resume_user(tandem_regs&) 5
bash;vmlib;vmlib::uo::flush_user_page(unsigned long) 5
bash;vmlib;vmlib::uo::key_is_sound(unsigned long) 5
bash;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 5
cc1;kernel;memcpy 5
cc1;kernel;pmm::alloc_pages(unsigned long) 5
cc1;kernel;ptrace::traces_syscalls(Task*) 5
cc1;kernel;strncpy_from_user(char*, char const*, unsigned long) 5
cc1;kernel;traps::handle_page_fault(TrapFrame*) 5
cc1;vmlib;vmlib::uo::page_now(unsigned long) 5
conftest;vmlib;vmlib_host_syscall 5
gcc;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 5
gcc;kernel;memcpy 5
gcc;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 5
grep;kernel;isr_stub_14 5
grep;kernel;syscall_entry 5
hostname;vmlib;vmlib_host_syscall 5
ld;kernel;pmm::get(unsigned long) 5
ld;kernel;pmm::take_run(unsigned long) 5
ld;kernel;vmm::walk(unsigned long, unsigned long, bool) 5
ld;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 5
ld;vmlib;vmlib_resume_kernel_asm 5
ln;vmproc;port i/o 5
mawk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
mawk;vmproc;port i/o 5
mkdir;kernel;syscall_entry 5
msgmerge;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 5
rm;vmlib;vmlib::uo::find_block(unsigned long) 5
rm;vmlib;vmlib_site_dispatch 5
sed;vmlib;vmlib::uo::find_block(unsigned long) 5
sh;user 5
[no program];kernel;AddressSpace::put() 4
[no program];kernel;FdTable::close_on_exec() 4
[no program];kernel;kfree(void*) 4
[no program];kernel;sched::PreemptGuard::PreemptGuard() 4
[no program];kernel;signal::(anonymous namespace)::post_process(Process*, int, signal::SigSource const&, bool) 4
[no program];vmlib;vmlib_space_resume 4
ar;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 4
as;kernel;pmm::get(unsigned long) 4
basename;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
bash;kernel;exec::execute(ExecRequest const&, char const**) 4
bash;kernel;kstrlen(char const*) 4
bash;kernel;memcmp 4
bash;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 4
bash;kernel;trap_return 4
bash;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 4
bash;vmlib;trap_return 4
bash;vmlib;vmlib_space_resume 4
cat;kernel;memset 4
cat;vmlib;vmlib::find_site(unsigned long) 4
cc1;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 4
cc1;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 4
cc1;kernel;kfree(void*) 4
cc1;kernel;pmm::(anonymous namespace)::note_word(unsigned long) 4
cc1;kernel;pmm::alloc_run(unsigned long) 4
cc1;kernel;trap_return 4
collect2;kernel;dcache::find(Dentry*, char const*, unsigned int) 4
collect2;kernel;isr_stub_14 4
date;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
diff;vmlib;vmlib_host_syscall 4
expr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
gcc;kernel;pmm::take_run(unsigned long) 4
gcc;kernel;vmm::walk(unsigned long, unsigned long, bool) 4
gcc;vmlib;__vmlib_site 4
gcc;vmlib;vmlib_resume_kernel_asm 4
ld;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 4
ld;kernel;PageCache::find(unsigned long) const 4
ld;kernel;memcpy 4
ld;vmlib;vmlib::uo::find_block(unsigned long) 4
ln;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 4
ls;user 4
ls;vmlib;vmlib_host_syscall 4
mkdir;vmlib;vmlib::find_site(unsigned long) 4
msgmerge;user 4
mv;vmlib;vmlib_site_dispatch 4
rm;kernel;pmm::get(unsigned long) 4
rm;vmlib;vmlib::resume_kernel(tandem_regs&) 4
rmdir;vmproc;port i/o 4
sed;kernel;dcache::find(Dentry*, char const*, unsigned int) 4
sed;kernel;kmalloc(unsigned long) 4
sed;kernel;memset 4
sed;vmlib;vmlib_resume_kernel_asm 4
sh;kernel;sched::schedule() 4
sort;user 4
[no program];kernel;exec::execute(ExecRequest const&, char const**) 3
[no program];kernel;inode::put(Inode*) 3
[no program];kernel;pmm::(anonymous namespace)::note_word(unsigned long) 3
[no program];vmlib;vmlib::deliver_pending_irq(tandem_regs&) 3
[no program];vmlib;vmlib::resume(tandem_regs&) 3
[no program];vmlib;vmlib::site_handler(unsigned short) 3
ar;kernel;syscall_entry 3
as;kernel;AddressSpace::take_cow_around(Vma*, unsigned long) 3
as;kernel;pmm::take_run(unsigned long) 3
as;kernel;traps::handle_page_fault(TrapFrame*) 3
as;vmlib;__vmlib_site 3
as;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 3
as;vmlib;vmlib::enter_user_direct(tandem_regs&) 3
as;vmlib;vmlib::resume_kernel(tandem_regs&) 3
as;vmlib;vmlib::uo::find_block(unsigned long) 3
bash;kernel;(anonymous namespace)::StringVector::copy_from(unsigned long) [clone .part.0] 3
bash;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 3
bash;kernel;FdTable::clone() 3
bash;kernel;context_switch 3
bash;kernel;entropy::(anonymous namespace)::quarter(unsigned int*, int, int, int, int) 3
bash;kernel;entropy::fill(void*, unsigned long) 3
bash;kernel;fpu::handle_nm(TrapFrame*) 3
bash;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 3
bash;kernel;isr_stub_32 3
bash;kernel;ptrace::traces_syscalls(Task*) 3
bash;kernel;signal::pending_work(Task*) 3
bash;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 3
cat;kernel;PageCache::find(unsigned long) const 3
cc1;kernel;(anonymous namespace)::do_open(int, unsigned long, unsigned long, unsigned long) 3
cc1;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 3
cc1;kernel;cmdline::strace() 3
cc1;kernel;pmm::free_pages(unsigned long, unsigned long) 3
cc1;kernel;sched::PreemptGuard::~PreemptGuard() 3
cc1;kernel;timer::irq(bool) 3
cc1;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 3
cc1;kernel;vfs::open(int, char const*, unsigned int, unsigned int, File**) 3
cc1;kernel;vfs::readlink(int, char const*, char*, unsigned int) 3
cc1;vmlib;syscall_entry 3
cc1;vmlib;trap_common 3
cc1;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 3
cc;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
collect2;kernel;memset 3
collect2;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 3
collect2;vmlib;vmlib_site_dispatch 3
diff;user 3
dirname;vmlib;vmlib::handle_syscall(tandem_regs&) 3
expr;vmlib;vmlib::handle_syscall(tandem_regs&) 3
gcc;kernel;PageCache::find(unsigned long) const 3
gcc;kernel;kmalloc(unsigned long) 3
gcc;kernel;proc::clone(CloneRequest const&, TrapFrame*) 3
gcc;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 3
gcc;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 3
ld;kernel;memcmp 3
ld;kernel;syscall_dispatch 3
ld;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 3
ld;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 3
ld;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 3
ld;vmlib;vmlib::uo::reflect_ahead() 3
ls;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
make;vmlib;vmlib::find_site(unsigned long) 3
mkdir;kernel;isr_stub_14 3
mkdir;vmproc;port i/o 3
msgfmt;vmlib;vmlib::handle_syscall(tandem_regs&) 3
mv;kernel;PageCache::find(unsigned long) const 3
mv;kernel;memset 3
nm;kernel;isr_stub_14 3
nm;kernel;memset 3
rm;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 3
rm;kernel;pmm::take_run(unsigned long) 3
rm;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 3
rm;vmlib;vmlib::uo::reflect_ahead() 3
rmdir;user 3
sed;kernel;AddressSpace::discard(unsigned long, unsigned long) 3
sed;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 3
sed;kernel;FdTable::put() 3
sed;kernel;pmm::get(unsigned long) 3
sed;vmlib;vmlib::load_gs_base(unsigned long) 3
sed;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 3
sh;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 3
sh;vmproc;port i/o 3
sleep;vmlib;vmlib_host_syscall 3
tr;vmlib;vmlib_host_syscall 3
uname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 3
[no program];vmlib;vmlib::uo::disarm_timer() 2
ar;kernel;pmm::put(unsigned long) 2
ar;vmlib;vmlib_site_dispatch 2
as;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 2
as;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 2
as;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
as;kernel;FdTable::put() 2
as;kernel;signal::pending_work(Task*) 2
as;vmlib;tandem_x86_irq_deliverable 2
as;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
as;vmlib;vmlib_resume_kernel_asm 2
bash;kernel;(anonymous namespace)::Devfs::open_special(Inode*, unsigned int, long*) 2
bash;kernel;AddressSpace::copy_out(unsigned long, void const*, unsigned long) 2
bash;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
bash;kernel;FdTable::close(int) 2
bash;kernel;FdTable::get_file(int) 2
bash;kernel;FdTable::put() 2
bash;kernel;dcache::put(Dentry*) 2
bash;kernel;kfree(void*) 2
bash;kernel;pmm::alloc_pages(unsigned long) 2
bash;kernel;pollwait::notify() 2
bash;kernel;program_names::set(unsigned long, char const*) 2
bash;kernel;sched::schedule() 2
bash;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 2
bash;kernel;strncpy_from_user(char*, char const*, unsigned long) 2
bash;kernel;sys_wait4(SyscallArgs&) 2
bash;vmlib;syscall_entry 2
bash;vmlib;trap_common 2
bash;vmlib;vmlib::emulate_iretq(tandem_site const&, tandem_regs&) 2
bash;vmlib;vmlib::resume(tandem_regs&) 2
cat;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 2
cat;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 2
cc1;kernel;(anonymous namespace)::wake_key((anonymous namespace)::Key const&, int, unsigned int) 2
cc1;kernel;AddressSpace::map_anon(unsigned long, unsigned long, unsigned int) 2
cc1;kernel;FdTable::get_file(int) 2
cc1;kernel;PageCache::insert(unsigned long, unsigned long) 2
cc1;kernel;cputime::tick(bool, bool, unsigned int) 2
cc1;kernel;inode::fill_stat(Inode const*, LinuxStat*) 2
cc1;kernel;inode::get_page(Inode*, unsigned long, long*) 2
cc1;kernel;pmm::info(unsigned long) 2
cc1;kernel;sched::PreemptGuard::PreemptGuard() 2
cc1;kernel;signal::pending_work(Task*) 2
cc1;kernel;sys_newfstatat(SyscallArgs&) 2
cc1;kernel;sys_read(SyscallArgs&) 2
cc1;kernel;sys_write(SyscallArgs&) 2
cc1;kernel;trap_common 2
cc1;vmlib;vmlib::emulate_swapgs(tandem_site const&, tandem_regs&) 2
cc;user 2
cc;vmproc;port i/o 2
collect2;vmlib;vmlib::find_site(unsigned long) 2
conftest;vmlib;vmlib::find_site(unsigned long) 2
conftest;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
cp;vmlib;vmlib_host_syscall 2
cp;vmproc;port i/o 2
dd;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
diff;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 2
echo;vmlib;vmlib_host_syscall 2
expr;kernel;memset 2
file;vmlib;vmlib_host_syscall 2
file;vmproc;port i/o 2
gcc;kernel;__strncpy_user 2
gcc;kernel;kfree(void*) 2
gcc;kernel;memcmp 2
gcc;kernel;pmm::alloc_run(unsigned long) 2
gcc;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 2
gcc;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
gcc;vmlib;vmlib::uo::find_block(unsigned long) 2
gcc;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 2
gcc;vmlib;vmlib::uo::reflect_ahead() 2
grep;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
grep;vmlib;vmlib::uo::find_block(unsigned long) 2
hostname;vmlib;vmlib::handle_syscall(tandem_regs&) 2
ld;kernel;AddressSpace::write_back(unsigned long, unsigned long) 2
ld;kernel;FdTable::get_file(int) 2
ld;kernel;dcache::find(Dentry*, char const*, unsigned int) 2
ld;kernel;inode::fill_stat(Inode const*, LinuxStat*) 2
ld;kernel;kmalloc(unsigned long) 2
ld;kernel;kstrlen(char const*) 2
ld;kernel;sys_read(SyscallArgs&) 2
ld;kernel;trap_dispatch 2
ld;kernel;trap_return 2
ld;kernel;traps::handle_page_fault(TrapFrame*) 2
ld;vmlib;vmlib::exit_to_host(tandem_exit_reason) 2
ld;vmlib;vmlib::site_handler(unsigned short) 2
ld;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
ln;vmlib;vmlib::handle_syscall(tandem_regs&) 2
make;kernel;__copy_user 2
make;kernel;isr_stub_14 2
make;kernel;memcpy 2
make;kernel;syscall_dispatch 2
make;vmlib;__vmlib_site 2
make;vmlib;vmlib::resume_kernel(tandem_regs&) 2
make;vmlib;vmlib_site_dispatch 2
mawk;vmlib;vmlib::handle_syscall(tandem_regs&) 2
mkdir;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
mkdir;kernel;kfree(void*) 2
mkdir;vmlib;vmlib::resume_kernel(tandem_regs&) 2
mkdir;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 2
mkdir;vmlib;vmlib::uo::reflect_ahead() 2
mkdir;vmlib;vmlib_site_dispatch 2
msgfmt;vmproc;port i/o 2
mv;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
mv;kernel;memcpy 2
mv;vmlib;__vmlib_site 2
mv;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
mv;vmlib;vmlib::find_site(unsigned long) 2
mv;vmlib;vmlib::load_gs_base(unsigned long) 2
mv;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
nm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
nm;kernel;syscall_entry 2
nm;vmlib;vmlib::handle_syscall(tandem_regs&) 2
objdump;vmlib;vmlib_host_syscall 2
od;user 2
ranlib;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
ranlib;kernel;__copy_user 2
rm;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 2
rm;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 2
rm;kernel;PageCache::find(unsigned long) const 2
rm;kernel;__strncpy_user 2
rm;kernel;entropy::fill(void*, unsigned long) 2
rm;kernel;memcpy 2
rm;kernel;memset 2
rm;kernel;ptrace::traces_syscalls(Task*) 2
rm;vmlib;vmlib_resume_kernel_asm 2
sed;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 2
sed;kernel;File::stat(LinuxStat*) 2
sed;kernel;__copy_user 2
sed;kernel;pmm::take_run(unsigned long) 2
sed;kernel;trap_dispatch 2
sed;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 2
sed;vmlib;__vmlib_site 2
sed;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 2
sed;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 2
sed;vmlib;vmlib::enter_user_direct(tandem_regs&) 2
sed;vmlib;vmlib::resume_kernel(tandem_regs&) 2
sed;vmlib;vmlib::resume_user(tandem_regs&) 2
sed;vmlib;vmlib::uo::invalidate(unsigned int, unsigned long) 2
sed;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 2
sh;kernel;context_switch 2
sh;kernel;isr_stub_14 2
sh;vmlib;vmlib_resume_kernel_asm 2
touch;vmlib;vmlib_host_syscall 2
touch;vmproc;port i/o 2
true;vmlib;vmlib_host_syscall 2
uniq;vmlib;vmlib_host_syscall 2
xgettext;kernel;isr_stub_14 2
[no program];kernel;dcache::get(Dentry*) 1
[no program];kernel;fpu::release(Task*) 1
[no program];kernel;fpu::reset(Task*) 1
[no program];kernel;isr_stub_32 1
[no program];kernel;pmm::info(unsigned long) 1
[no program];kernel;proc::announce_exit(Process*) 1
[no program];kernel;program_names::set(unsigned long, char const*) 1
[no program];kernel;ptrace::exit_for_tracer(Process*) 1
[no program];kernel;sched::schedule() 1
[no program];vmlib;tandem_x86_virtual_flags 1
[no program];vmlib;vmlib::emulate_cli(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
[no program];vmlib;vmlib::guest_write(unsigned long, void const*, unsigned long) 1
[no program];vmlib;vmlib_space_hand_off 1
[no program];vmlib;vmlib_space_migrate 1
ar;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
ar;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
ar;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
ar;vmlib;vmlib::find_site(unsigned long) 1
ar;vmlib;vmlib::site_handler(unsigned short) 1
ar;vmlib;vmlib::uo::flush_user_window() 1
ar;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
ar;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
arch;user 1
arch;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
arch;vmlib;vmlib::handle_syscall(tandem_regs&) 1
as;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
as;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
as;kernel;AddressSpace::set_brk(unsigned long) 1
as;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
as;kernel;FdTable::get_file(int) 1
as;kernel;__copy_user 1
as;kernel;cmdline::strace() 1
as;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
as;kernel;fpu::handle_nm(TrapFrame*) 1
as;kernel;inode::get_page(Inode*, unsigned long, long*) 1
as;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 1
as;kernel;isr_stub_32 1
as;kernel;kfree(void*) 1
as;kernel;kmalloc(unsigned long) 1
as;kernel;memcmp 1
as;kernel;ptrace::trap_pending(Task*) 1
as;kernel;sys_openat(SyscallArgs&) 1
as;kernel;sys_read(SyscallArgs&) 1
as;kernel;sys_rseq(SyscallArgs&) 1
as;kernel;syscall_dispatch 1
as;kernel;trap_return 1
as;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
as;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
as;vmlib;trap_common 1
as;vmlib;vmlib::load_gs_base(unsigned long) 1
as;vmlib;vmlib::resume_user(tandem_regs&) 1
as;vmlib;vmlib::site_handler(unsigned short) 1
as;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
as;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
as;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
as;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
awk;kernel;isr_stub_14 1
awk;kernel;syscall_entry 1
awk;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
basename;kernel;isr_stub_14 1
basename;kernel;memcpy 1
basename;vmlib;vmlib::handle_syscall(tandem_regs&) 1
basename;vmlib;vmlib::site_handler(unsigned short) 1
basename;vmlib;vmlib::uo::find_block(unsigned long) 1
bash;kernel;(anonymous namespace)::pipe_of(Inode*) [clone .part.0] 1
bash;kernel;(anonymous namespace)::put_number((anonymous namespace)::Sink&, unsigned long, unsigned int, int, bool, bool) 1
bash;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
bash;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
bash;kernel;AddressSpace::create() 1
bash;kernel;AddressSpace::find(unsigned long) 1
bash;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
bash;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
bash;kernel;AddressSpace::try_merge(Vma*) 1
bash;kernel;AddressSpace::zero_fill(unsigned long, unsigned long) 1
bash;kernel;File::put() 1
bash;kernel;WaitQueue::wake_all() 1
bash;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
bash;kernel;dcache::get(Dentry*) 1
bash;kernel;do_pipe(unsigned long, unsigned long) 1
bash;kernel;fpu::switch_to(Task*) 1
bash;kernel;fpu::sync(Task*) 1
bash;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
bash;kernel;gdt::set_kernel_stack(unsigned long) 1
bash;kernel;itimer::expire(unsigned long) 1
bash;kernel;ktimer::expire(unsigned long) 1
bash;kernel;mounts::on(Mount*, Dentry*) 1
bash;kernel;pipe::create(File**, File**, unsigned int) 1
bash;kernel;pmm::alloc_page_nozero() 1
bash;kernel;pmm::free_pages(unsigned long, unsigned long) 1
bash;kernel;pmm::info(unsigned long) 1
bash;kernel;proc::clone(CloneRequest const&, TrapFrame*) 1
bash;kernel;proc::release_zombie(Process*) 1
bash;kernel;ptrace::trap_pending(Task*) 1
bash;kernel;sched::need_resched() 1
bash;kernel;signal::(anonymous namespace)::fill_siginfo(signal::(anonymous namespace)::SigInfo*, int, signal::SigSource const&) 1
bash;kernel;signal::handle_pending(TrapFrame*) 1
bash;kernel;sys_brk(SyscallArgs&) 1
bash;kernel;sys_execve(SyscallArgs&) 1
bash;kernel;sys_getpid(SyscallArgs&) 1
bash;kernel;sys_getuid(SyscallArgs&) 1
bash;kernel;sys_ioctl(SyscallArgs&) 1
bash;kernel;sys_lseek(SyscallArgs&) 1
bash;kernel;sys_openat(SyscallArgs&) 1
bash;kernel;sys_prlimit64(SyscallArgs&) 1
bash;kernel;sys_rt_sigaction(SyscallArgs&) 1
bash;kernel;sys_rt_sigprocmask(SyscallArgs&) 1
bash;kernel;sys_write(SyscallArgs&) 1
bash;kernel;timer::irq(bool) 1
bash;kernel;trap_common 1
bash;kernel;vfs::clone_fs_context(FsContext*) 1
bash;kernel;vmm::table_of(unsigned long) 1
bash;vmlib;tandem_x86_deliver_once 1
bash;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
bash;vmlib;vmlib::read_reg(tandem_regs const&, unsigned char, unsigned char) 1
bash;vmlib;vmlib::uo::host_timer_in(unsigned long) 1
cat;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
cat;kernel;AddressSpace::fault_in(Vma*, unsigned long*, unsigned long, bool) 1
cat;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
cat;kernel;WaitQueue::wake_all() 1
cat;kernel;cmdline::strace() 1
cat;kernel;inode::get(Inode*) 1
cat;kernel;kmalloc(unsigned long) 1
cat;kernel;memcpy 1
cat;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
cat;kernel;sys_exit_group(SyscallArgs&) 1
cat;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
cat;vmlib;vmlib::deliver_pending_irq(tandem_regs&) 1
cat;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 1
cat;vmlib;vmlib::resume_kernel(tandem_regs&) 1
cat;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
cat;vmlib;vmlib::uo::reflect_ahead() 1
cat;vmlib;vmlib_resume_kernel_asm 1
cc1;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
cc1;kernel;AddressSpace::apply_protection(unsigned long, unsigned long, unsigned int) 1
cc1;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
cc1;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
cc1;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
cc1;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
cc1;kernel;FdTable::install(File*, int, bool) 1
cc1;kernel;FdTable::put() 1
cc1;kernel;File::path_inode() 1
cc1;kernel;File::stat(LinuxStat*) 1
cc1;kernel;anon_block(Vma const*, unsigned long, unsigned long*, unsigned long*) 1
cc1;kernel;clock::monotonic_ns() 1
cc1;kernel;dcache::get(Dentry*) 1
cc1;kernel;dcache::put(Dentry*) 1
cc1;kernel;dcache::shrink() 1
cc1;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
cc1;kernel;inode::get(Inode*) 1
cc1;kernel;inode::write(Inode*, unsigned long, void const*, unsigned long, bool) 1
cc1;kernel;pmm::free_count() 1
cc1;kernel;pmm::refcount(unsigned long) 1
cc1;kernel;ptrace::trap_pending(Task*) 1
cc1;kernel;sched::need_resched() 1
cc1;kernel;sys_mmap(SyscallArgs&) 1
cc1;kernel;vfs::(anonymous namespace)::parent_and_child(int, char const*, Path*, Dentry**, char const**, unsigned int*) 1
cc1;kernel;vfs::resolve_at(int, char const*, unsigned int, Path*) 1
cc1;vmlib;tandem_x86_virtual_flags 1
cc1;vmlib;trap_return 1
cc1;vmlib;vmlib::emulate_mov_from_cr(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::emulate_pushf(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::emulate_sti(tandem_site const&, tandem_regs&) 1
cc1;vmlib;vmlib::resume_user(tandem_regs&) 1
cc1;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
cc1;vmlib;vmlib::uo::host_timer_in(unsigned long) 1
cc1;vmlib;vmlib::uo::key_is_sound(unsigned long) 1
cc1;vmlib;vmlib::uo::remove_block_at(unsigned int) 1
cc1;vmlib;vmlib::uo::take_vcpu() 1
cc;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
cc;kernel;memset 1
cc;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
cc;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 1
cc;vmlib;vmlib::handle_syscall(tandem_regs&) 1
cc;vmlib;vmlib_site_dispatch 1
chmod;vmlib;__vmlib_site 1
chmod;vmlib;vmlib_host_syscall 1
cmp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
cmp;vmlib;vmlib::handle_syscall(tandem_regs&) 1
collect2;kernel;(anonymous namespace)::RegularFile::write(void const*, unsigned long) 1
collect2;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
collect2;kernel;AddressSpace::find(unsigned long) 1
collect2;kernel;AddressSpace::populate(unsigned long) 1
collect2;kernel;__copy_user 1
collect2;kernel;fpu::handle_nm(TrapFrame*) 1
collect2;kernel;kstrlen(char const*) 1
collect2;kernel;memcmp 1
collect2;kernel;memcpy 1
collect2;kernel;pmm::free_pages(unsigned long, unsigned long) 1
collect2;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
collect2;vmlib;trap_common 1
collect2;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
collect2;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
collect2;vmlib;vmlib::resume_kernel(tandem_regs&) 1
collect2;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
collect2;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
collect2;vmlib;vmlib::uo::reflect_ahead() 1
collect2;vmlib;vmlib_resume_kernel_asm 1
conftest;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
conftest;kernel;pmm::take_run(unsigned long) 1
conftest;vmlib;__vmlib_site 1
conftest;vmlib;tandem_x86_irq_deliverable 1
conftest;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
conftest;vmlib;vmlib::resume_kernel(tandem_regs&) 1
conftest;vmlib;vmlib::uo::reflect_ahead() 1
cp;user 1
cp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
date;kernel;pmm::put(unsigned long) 1
date;kernel;syscall_entry 1
date;user 1
date;vmproc;port i/o 1
dd;user 1
dirname;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
dirname;kernel;memset 1
dirname;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
dirname;vmlib;vmlib::load_gs_base(unsigned long) 1
dirname;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
echo;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
expr;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
expr;vmlib;__vmlib_site 1
expr;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
expr;vmlib;vmlib::find_site(unsigned long) 1
file;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
gcc;kernel;(anonymous namespace)::Tmpfs::unlink(Inode*, char const*, unsigned int, Inode*) 1
gcc;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
gcc;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
gcc;kernel;(anonymous namespace)::wait_common(long, unsigned long, Process**, (anonymous namespace)::Event*) [clone .constprop.0] 1
gcc;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
gcc;kernel;AddressSpace::populate(unsigned long) 1
gcc;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
gcc;kernel;FdTable::clone() 1
gcc;kernel;FdTable::close(int) 1
gcc;kernel;clock::realtime_ns() 1
gcc;kernel;dcache::get(Dentry*) 1
gcc;kernel;do_pipe(unsigned long, unsigned long) 1
gcc;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
gcc;kernel;entropy::fill(void*, unsigned long) 1
gcc;kernel;exec::execute(ExecRequest const&, char const**) 1
gcc;kernel;fpu::switch_to(Task*) 1
gcc;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
gcc;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
gcc;kernel;inode::get(Inode*) 1
gcc;kernel;isr_stub_32 1
gcc;kernel;kstrlen(char const*) 1
gcc;kernel;pipe::create(File**, File**, unsigned int) 1
gcc;kernel;pmm::alloc_pages(unsigned long) 1
gcc;kernel;pmm::get(unsigned long) 1
gcc;kernel;sched::PreemptGuard::~PreemptGuard() 1
gcc;kernel;sched::schedule() 1
gcc;kernel;signal::(anonymous namespace)::discard_from(signal::(anonymous namespace)::PendingSet, unsigned long) 1
gcc;kernel;syscall_dispatch 1
gcc;kernel;traps::handle_page_fault(TrapFrame*) 1
gcc;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
gcc;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
gcc;vmlib;syscall_entry 1
gcc;vmlib;trap_return 1
gcc;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
gcc;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
gcc;vmlib;vmlib::load_fs_base(unsigned long) 1
gcc;vmlib;vmlib::site_handler(unsigned short) 1
gcc;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
gcc;vmlib;vmlib::uo::remove_block_at(unsigned int) 1
gcc;vmlib;vmlib_space_hand_off 1
getconf;vmlib;vmlib::handle_syscall(tandem_regs&) 1
grep;kernel;(anonymous namespace)::SnapshotFile::read(void*, unsigned long) 1
grep;kernel;AddressSpace::handle_fault(unsigned long, bool, bool) 1
grep;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
grep;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
grep;kernel;PageCache::find(unsigned long) const 1
grep;kernel;__strncpy_user 1
grep;kernel;fpu::handle_nm(TrapFrame*) 1
grep;kernel;memcpy 1
grep;kernel;memset 1
grep;kernel;pmm::get(unsigned long) 1
grep;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
grep;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
grep;vmlib;vmlib::enter_user_direct(tandem_regs&) 1
grep;vmlib;vmlib::find_site(unsigned long) 1
grep;vmlib;vmlib::resume_kernel(tandem_regs&) 1
grep;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
grep;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
grep;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
grep;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
hostname;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
hostname;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
ld;kernel;(anonymous namespace)::do_readlink(unsigned long, unsigned long, unsigned long, unsigned long) 1
ld;kernel;(anonymous namespace)::do_stat(unsigned long, unsigned long, unsigned long, LinuxStat*) 1
ld;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
ld;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
ld;kernel;AddressSpace::set_brk(unsigned long) 1
ld;kernel;AddressSpace::try_merge(Vma*) 1
ld;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
ld;kernel;__strncpy_user 1
ld;kernel;cmdline::strace() 1
ld;kernel;dcache::get(Dentry*) 1
ld;kernel;inode::get(Inode*) 1
ld;kernel;inode::read(Inode*, unsigned long, void*, unsigned long, bool) 1
ld;kernel;isr_stub_32 1
ld;kernel;itimer::expire(unsigned long) 1
ld;kernel;pmm::alloc_run(unsigned long) 1
ld;kernel;pmm::put(unsigned long) 1
ld;kernel;ptrace::traces_syscalls(Task*) 1
ld;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
ld;kernel;sys_brk(SyscallArgs&) 1
ld;kernel;sys_fcntl(SyscallArgs&) 1
ld;kernel;sys_lseek(SyscallArgs&) 1
ld;kernel;vfs::(anonymous namespace)::start_at(int, char const*, Path*) [clone .isra.0] 1
ld;kernel;vfs::(anonymous namespace)::walk(Path, char const*, unsigned int, unsigned int*, Path*, bool, char const**, unsigned int*) 1
ld;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
ld;vmlib;syscall_entry 1
ld;vmlib;trap_return 1
ld;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
ld;vmlib;vmlib::resume(tandem_regs&) 1
ld;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
ld;vmlib;vmlib::uo::page_now(unsigned long) 1
ld;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
ld;vmlib;vmlib::uo::remove_block_at(unsigned int) 1
ld;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
ln;kernel;isr_stub_14 1
ls;kernel;syscall_entry 1
ls;vmlib;vmlib::find_site(unsigned long) 1
ls;vmlib;vmlib::handle_syscall(tandem_regs&) 1
make;kernel;(anonymous namespace)::DirFile::getdents(void*, unsigned long, bool) 1
make;kernel;AddressSpace::find_free(unsigned long, unsigned long, unsigned long) 1
make;kernel;AddressSpace::populate(unsigned long) 1
make;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
make;kernel;PageCache::find(unsigned long) const 1
make;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
make;kernel;elf::load(AddressSpace*, ElfSource const&, bool, ElfImage*, char const**) 1
make;kernel;exec::execute(ExecRequest const&, char const**) 1
make;kernel;kmalloc(unsigned long) 1
make;kernel;memcmp 1
make;kernel;pmm::info(unsigned long) 1
make;kernel;strncpy_from_user(char*, char const*, unsigned long) 1
make;kernel;trap_return 1
make;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
make;vmlib;vmlib::emulate_cpuid(tandem_site const&, tandem_regs&) 1
make;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
make;vmlib;vmlib::load_gs_base(unsigned long) 1
make;vmlib;vmlib::site_handler(unsigned short) 1
mawk;kernel;isr_stub_14 1
mawk;kernel;itimer::expire(unsigned long) 1
mawk;kernel;pmm::get(unsigned long) 1
mawk;kernel;syscall_entry 1
mawk;vmlib;__vmlib_site 1
mawk;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
mkdir;kernel;(anonymous namespace)::resolve_user(unsigned long, unsigned long, unsigned long, Path*) 1
mkdir;kernel;AddressSpace::map_file(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
mkdir;kernel;AddressSpace::new_vma(unsigned long, unsigned long, unsigned int, Inode*, unsigned long, Path const*) 1
mkdir;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
mkdir;kernel;memset 1
mkdir;kernel;pmm::take_run(unsigned long) 1
mkdir;kernel;proc::exit_group(int) 1
mkdir;kernel;syscall_dispatch 1
mkdir;vmlib;__vmlib_site 1
mkdir;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
mkdir;vmlib;vmlib::emulate_mov_to_cr(tandem_site const&, tandem_regs&) 1
mkdir;vmlib;vmlib_resume_kernel_asm 1
mktemp;kernel;isr_stub_14 1
mktemp;user 1
mktemp;vmlib;vmlib::exit_to_host(tandem_exit_reason) 1
mktemp;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
mktemp;vmlib;vmlib::uo::reflect_ahead() 1
mktemp;vmlib;vmlib_host_syscall 1
mktemp;vmproc;port i/o 1
msgfmt;kernel;isr_stub_14 1
msgfmt;kernel;memcpy 1
msgfmt;kernel;memset 1
msgfmt;vmlib;vmlib::uo::find_block(unsigned long) 1
msgmerge;kernel;isr_stub_14 1
msgmerge;kernel;syscall_entry 1
msgmerge;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
msgmerge;vmlib;vmlib::handle_syscall(tandem_regs&) 1
msgmerge;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
msgmerge;vmproc;port i/o 1
mt;vmlib;vmlib_host_syscall 1
mv;kernel;(anonymous namespace)::drop((anonymous namespace)::Node*, int, unsigned long, unsigned long, bool*) 1
mv;kernel;AddressSpace::fault_around(Vma*, unsigned long, unsigned long) 1
mv;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
mv;kernel;kfree(void*) 1
mv;kernel;kmalloc(unsigned long) 1
mv;kernel;memcmp 1
mv;kernel;pmm::get(unsigned long) 1
mv;kernel;ptrace::trap_pending(Task*) 1
mv;kernel;sys_lseek(SyscallArgs&) 1
mv;kernel;sys_mmap(SyscallArgs&) 1
mv;kernel;trap_return 1
mv;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
mv;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
mv;vmlib;vmlib::resume_kernel(tandem_regs&) 1
mv;vmlib;vmlib::uo::find_block(unsigned long) 1
mv;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
mv;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
mv;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
mv;vmlib;vmlib::uo::reflect_ahead() 1
mv;vmlib;vmlib_resume_kernel_asm 1
nm;kernel;pmm::get(unsigned long) 1
nm;kernel;pmm::put(unsigned long) 1
nm;vmlib;trap_common 1
nm;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
nm;vmproc;port i/o 1
objdump;user 1
objdump;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
objdump;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
objdump;vmproc;port i/o 1
od;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
od;vmlib;vmlib_host_syscall 1
ranlib;kernel;isr_stub_14 1
ranlib;kernel;syscall_entry 1
ranlib;vmlib;vmlib::find_site(unsigned long) 1
ranlib;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
ranlib;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
ranlib;vmlib;vmlib_site_dispatch 1
rm;kernel;(anonymous namespace)::placeable(unsigned long, unsigned long) 1
rm;kernel;AddressSpace::anon_fault_in_block(Vma*, unsigned long) 1
rm;kernel;AddressSpace::find(unsigned long) 1
rm;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
rm;kernel;AddressSpace::set_brk(unsigned long) 1
rm;kernel;AddressSpace::unmap(unsigned long, unsigned long) 1
rm;kernel;AddressSpace::write_back(unsigned long, unsigned long) 1
rm;kernel;FdTable::put() 1
rm;kernel;cmdline::strace() 1
rm;kernel;dcache::find(Dentry*, char const*, unsigned int) 1
rm;kernel;dcache::put(Dentry*) 1
rm;kernel;fsvc::(anonymous namespace)::call(tandem_fs_request const&, tandem_fs_reply*) 1
rm;kernel;kfree(void*) 1
rm;kernel;kmalloc(unsigned long) 1
rm;kernel;make_regular_file() 1
rm;kernel;pmm::put(unsigned long) 1
rm;kernel;pty::drop_ctty(Process*) 1
rm;kernel;sys_close(SyscallArgs&) 1
rm;kernel;sys_ioctl(SyscallArgs&) 1
rm;kernel;trap_dispatch 1
rm;kernel;traps::handle_page_fault(TrapFrame*) 1
rm;kernel;vmm::table_of(unsigned long) 1
rm;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
rm;vmlib;__vmlib_site 1
rm;vmlib;trap_common 1
rm;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
rm;vmlib;vmlib::guest_copy(unsigned long, void*, unsigned long, bool) 1
rm;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
rm;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
rm;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
rmdir;kernel;AddressSpace::discard(unsigned long, unsigned long) 1
sed;kernel;(anonymous namespace)::PipeEnd::transfer_out(void*, unsigned long, bool) [clone .part.0] 1
sed;kernel;AddressSpace::protect(unsigned long, unsigned long, unsigned int) 1
sed;kernel;AddressSpace::split(Vma*, unsigned long) 1
sed;kernel;__strncpy_user 1
sed;kernel;dcache::get(Dentry*) 1
sed;kernel;fsvc::(anonymous namespace)::FsvcFs::readlink(Inode*, char*, unsigned int) 1
sed;kernel;inode::get(Inode*) 1
sed;kernel;isr_stub_32 1
sed;kernel;make_regular_file() 1
sed;kernel;memcmp 1
sed;kernel;pmm::put(unsigned long) 1
sed;kernel;ptrace::traces_syscalls(Task*) 1
sed;kernel;traps::handle_page_fault(TrapFrame*) 1
sed;kernel;vfs::lookup_child(Path const&, char const*, unsigned int, long*) 1
sed;kernel;vmm::walk(unsigned long, unsigned long, bool) 1
sed;vmlib;syscall_entry 1
sed;vmlib;tandem_x86_irq_deliverable 1
sed;vmlib;trap_common 1
sed;vmlib;trap_return 1
sed;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
sed;vmlib;vmlib::resume(tandem_regs&) 1
sed;vmlib;vmlib::uo::apply(vmlib::uo::RecheckRun&) 1
sed;vmlib;vmlib::uo::flush_user_page(unsigned long) 1
sed;vmlib;vmlib::uo::unreflect(unsigned long, unsigned long) 1
sh;kernel;WaitQueue::sleep_locked() 1
sh;kernel;exec::execute(ExecRequest const&, char const**) 1
sh;kernel;kfree(void*) 1
sh;kernel;sched::load_user_bases(Task*) 1
sh;vmlib;vmlib::find_site(unsigned long) 1
sh;vmlib;vmlib::handle_syscall(tandem_regs&) 1
sh;vmlib;vmlib::resume(tandem_regs&) 1
sh;vmlib;vmlib::resume_kernel(tandem_regs&) 1
sh;vmlib;vmlib::uo::flush_user_window() 1
sh;vmlib;vmlib::uo::host_timer_in(unsigned long) 1
sh;vmlib;vmlib::uo::map_or_start_over(unsigned long, unsigned long, unsigned long, long) 1
sh;vmlib;vmlib::uo::record_page(unsigned long, unsigned long, long) 1
sh;vmlib;vmlib_site_dispatch 1
sh;vmlib;vmlib_space_resume 1
sleep;kernel;isr_stub_14 1
sleep;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
sleep;vmlib;vmlib::translate(unsigned long, unsigned int, bool) 1
sort;kernel;syscall_entry 1
strip;vmlib;vmlib::uo::page_now(unsigned long) 1
strip;vmlib;vmlib_host_syscall 1
tr;user 1
tr;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
tr;vmlib;vmlib::load_gs_base(unsigned long) 1
true;vmlib;vmlib::handle_page_fault(tandem_regs&, unsigned long, unsigned long) 1
uname;kernel;syscall_entry 1
uname;vmlib;__vmlib_site 1
uname;vmlib;vmlib::find_site(unsigned long) 1
uname;vmlib;vmlib::handle_syscall(tandem_regs&) 1
uname;vmlib;vmlib::resume_kernel(tandem_regs&) 1
uname;vmlib;vmlib::uo::map_run(unsigned long, unsigned long, unsigned long, long) 1
uname;vmlib;vmlib::uo::recheck_block(unsigned long, vmlib::uo::ReflectedBlock&, unsigned int, bool, bool) 1
uname;vmproc;port i/o 1
xgettext;kernel;memcpy 1
xgettext;kernel;syscall_entry 1
xgettext;vmlib;vmlib::copy_bytes(void*, void const*, unsigned long) 1
xgettext;vmlib;vmlib::handle_syscall(tandem_regs&) 1
