// Intrusive doubly-linked circular list (the node lives inside the object).
#pragma once

#include "lib/types.h"

struct ListNode {
    ListNode* prev = this;
    ListNode* next = this;

    bool linked() const { return next != this; }
    // Inserts this node right after `at`.
    void insert_after(ListNode* at) {
        prev = at;
        next = at->next;
        at->next->prev = this;
        at->next = this;
    }
    // Inserts this node right before `at` (at the tail when `at` is the head).
    void insert_before(ListNode* at) { insert_after(at->prev); }
    // Removes the node from whatever list holds it; safe when unlinked.
    void unlink() {
        prev->next = next;
        next->prev = prev;
        prev = next = this;
    }
};

// Recovers the containing object from its embedded ListNode.
#define container_of(ptr, type, member) \
    reinterpret_cast<type*>(reinterpret_cast<char*>(ptr) - __builtin_offsetof(type, member))
