/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */
// Counts on the way back out of the recursion: as deep as the list is long (10^5 here), which
// needs the big stack LeetCode gives Java (a default thread stack overflows near 10^4).
class Solution {
    private int count;
    private ListNode ans;

    public ListNode trainingPlan(ListNode head, int cnt) {
        dfs(head, cnt);
        return ans;
    }

    private void dfs(ListNode node, int cnt) {
        if (node == null) return;
        dfs(node.next, cnt);
        if (++count == cnt) ans = node;
    }
}
