// expect: TLE
// For each node, walks to the end to count how many nodes remain: O(n^2) when the answer is
// near the tail (small k) and n = 10^5.
class Solution {
    public ListNode getKthFromEnd(ListNode head, int k) {
        for (ListNode node = head; node != null; node = node.next) {
            int remaining = 0;
            for (ListNode walker = node; walker != null; walker = walker.next) remaining++;
            if (remaining == k) return node;
        }
        return null;
    }
}
