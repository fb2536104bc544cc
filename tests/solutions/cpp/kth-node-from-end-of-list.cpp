class Solution {
public:
    ListNode* trainingPlan(ListNode* head, int cnt) {
        ListNode *lead = head, *node = head;
        for (int i = 0; i < cnt; ++i) lead = lead->next;
        while (lead) {
            lead = lead->next;
            node = node->next;
        }
        return node;
    }
};
