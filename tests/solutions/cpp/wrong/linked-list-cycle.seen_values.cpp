// expect: WA
// Remembers values, not nodes: a repeated value looks like a cycle.
class Solution {
public:
    bool hasCycle(ListNode *head) {
        unordered_set<int> seen;
        for (ListNode* node = head; node; node = node->next) {
            if (seen.count(node->val)) return true;
            seen.insert(node->val);
        }
        return false;
    }
};
