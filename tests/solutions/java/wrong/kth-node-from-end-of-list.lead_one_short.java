// expect: WA
// Gives the lead pointer k - 1 steps: returns the (k-1)-th node from the end.
class Solution {
    public ListNode getKthFromEnd(ListNode head, int k) {
        ListNode lead = head, trail = head;
        for (int i = 0; i < k - 1; i++) lead = lead.next;
        while (lead != null) {
            lead = lead.next;
            trail = trail.next;
        }
        return trail;
    }
}
