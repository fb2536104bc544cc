// expect: WA
// Compares values instead of nodes: equal values in unshared nodes look like the intersection.
class Solution {
public:
    ListNode *getIntersectionNode(ListNode *headA, ListNode *headB) {
        ListNode *a = headA, *b = headB;
        int steps = 0;
        while (steps++ < 1000000) {
            if (a && b && a->val == b->val) return a;
            if (!a && !b) return NULL;
            a = a ? a->next : headB;
            b = b ? b->next : headA;
        }
        return NULL;
    }
};
