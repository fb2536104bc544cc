// expect: TLE
// Two-pointer switch that jumps from a tail straight to the other head, skipping the null step:
// with no intersection the pointers are never both null, so the loop never ends.
public class Solution {
    public ListNode getIntersectionNode(ListNode headA, ListNode headB) {
        ListNode a = headA, b = headB;
        while (a != b) {
            a = a.next != null ? a.next : headB;
            b = b.next != null ? b.next : headA;
        }
        return a;
    }
}
