// expect: WA
// Remembers values, not nodes: a repeated value looks like a cycle.
public class Solution {
    public boolean hasCycle(ListNode head) {
        Set<Integer> seen = new HashSet<>();
        for (ListNode node = head; node != null; node = node.next) {
            if (!seen.add(node.val)) return true;
        }
        return false;
    }
}
