// expect: WA
// Compares values instead of nodes: equal values in unshared nodes look like the intersection.
public class Solution {
    public ListNode getIntersectionNode(ListNode headA, ListNode headB) {
        ListNode a = headA, b = headB;
        int steps = 0;
        while (steps++ < 1000000) {
            if (a != null && b != null && a.val == b.val) return a;
            if (a == null && b == null) return null;
            a = a != null ? a.next : headB;
            b = b != null ? b.next : headA;
        }
        return null;
    }
}
