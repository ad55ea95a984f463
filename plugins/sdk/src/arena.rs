//! The plugin's allocator: a bump arena in front of the system allocator. Compiled only
//! for wasm32.
//!
//! The host instantiates a plugin afresh for every call and throws the instance away
//! after it (engine/src/plugin/mod.rs), so nothing allocated in a call outlives the call
//! and freeing is mostly work for nothing. A pathway batch makes thousands of small
//! allocations; in wasi-libc's dlmalloc they were about a tenth of the call. Here an
//! allocation is a pointer bump in a static arena, a free gives back only the last
//! block, and a growing vector at the top grows in place. When the arena is used up
//! (a very large batch or agreement), the system allocator takes over, so a call never
//! fails for want of arena.
//!
//! The arena is zero-initialised static memory: it costs the module no bytes, and the
//! host resets only the pages a call dirtied.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Arena size. With the 1 MiB stack and the statics it fits the 4 MiB of linear memory
/// the embedded plugins start with (engine/build.rs), and holds a batch of 512
/// pathways several times over.
const SIZE: usize = 2 << 20;

#[repr(C, align(16))]
struct Space(UnsafeCell<[u8; SIZE]>);

// SAFETY: wasm32 plugins run single-threaded (the sandbox grants no threads); blocks
// are handed out by `TOP` only, so no two callers ever get the same bytes.
unsafe impl Sync for Space {}

static SPACE: Space = Space(UnsafeCell::new([0; SIZE]));
/// Bytes of the arena in use, from its start.
static TOP: AtomicUsize = AtomicUsize::new(0);

pub struct Arena;

impl Arena {
    fn base() -> usize {
        SPACE.0.get() as usize
    }

    /// The block's offset in the arena, when it is an arena block.
    fn offset(ptr: *mut u8) -> Option<usize> {
        (ptr as usize)
            .checked_sub(Self::base())
            .filter(|&o| o < SIZE)
    }

    /// A block of `layout` from the arena, or null when it does not fit.
    fn bump(layout: Layout) -> *mut u8 {
        let base = Self::base();
        let top = TOP.load(Ordering::Relaxed);
        let align = layout.align();
        let start = (base + top).next_multiple_of(align) - base;
        match start.checked_add(layout.size()) {
            Some(end) if end <= SIZE => {
                TOP.store(end, Ordering::Relaxed);
                (base + start) as *mut u8
            }
            _ => std::ptr::null_mut(),
        }
    }
}

// SAFETY: blocks never overlap (see `bump`); a block from `System` is given back to
// `System`; `realloc` keeps the contents up to the smaller size.
unsafe impl GlobalAlloc for Arena {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = Self::bump(layout);
        if p.is_null() {
            // SAFETY: as the caller promised for `layout`.
            unsafe { System.alloc(layout) }
        } else {
            p
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = Self::bump(layout);
        if p.is_null() {
            // SAFETY: as the caller promised for `layout`.
            return unsafe { System.alloc_zeroed(layout) };
        }
        // A block given back may be handed out again, so its bytes need clearing.
        // SAFETY: `p..p + size` is the block just handed out.
        unsafe { std::ptr::write_bytes(p, 0, layout.size()) };
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        match Self::offset(ptr) {
            // The last block handed out: give it back.
            Some(o) if o + layout.size() == TOP.load(Ordering::Relaxed) => {
                TOP.store(o, Ordering::Relaxed)
            }
            Some(_) => {}
            // SAFETY: not an arena block, so `System` handed it out.
            None => unsafe { System.dealloc(ptr, layout) },
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Some(o) = Self::offset(ptr) else {
            // SAFETY: not an arena block, so `System` handed it out.
            return unsafe { System.realloc(ptr, layout, new_size) };
        };
        let top = TOP.load(Ordering::Relaxed);
        // The last block handed out grows or shrinks in place.
        if o + layout.size() == top && o + new_size <= SIZE {
            TOP.store(o + new_size, Ordering::Relaxed);
            return ptr;
        }
        if new_size <= layout.size() {
            return ptr;
        }
        // SAFETY: `new_size` is non-zero and, rounded up to the alignment, fits
        // `isize` (the caller's promise).
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: a valid layout; the copy covers the old block, which is live.
        unsafe {
            let new = self.alloc(new_layout);
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size());
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}
