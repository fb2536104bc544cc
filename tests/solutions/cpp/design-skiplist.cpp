class Skiplist {
    static const int MAX_LEVEL = 18;
    struct Node {
        int val;
        vector<Node*> next;
        Node(int v, int height) : val(v), next(height, nullptr) {}
    };
    Node* head;
    int level = 1;
    mt19937 rng{1206};

    int randomHeight() {
        int height = 1;
        while (height < MAX_LEVEL && (rng() & 1)) ++height;
        return height;
    }
    vector<Node*> predecessors(int target) {
        vector<Node*> update(MAX_LEVEL, head);
        Node* node = head;
        for (int i = level - 1; i >= 0; --i) {
            while (node->next[i] && node->next[i]->val < target) node = node->next[i];
            update[i] = node;
        }
        return update;
    }

public:
    Skiplist() : head(new Node(-1, MAX_LEVEL)) {}

    bool search(int target) {
        Node* next = predecessors(target)[0]->next[0];
        return next && next->val == target;
    }

    void add(int num) {
        vector<Node*> update = predecessors(num);
        int height = randomHeight();
        level = max(level, height);
        Node* node = new Node(num, height);
        for (int i = 0; i < height; ++i) {
            node->next[i] = update[i]->next[i];
            update[i]->next[i] = node;
        }
    }

    bool erase(int num) {
        vector<Node*> update = predecessors(num);
        Node* node = update[0]->next[0];
        if (!node || node->val != num) return false;
        for (int i = 0; i < (int)node->next.size(); ++i)
            if (update[i]->next[i] == node) update[i]->next[i] = node->next[i];
        delete node;
        while (level > 1 && !head->next[level - 1]) --level;
        return true;
    }
};

/**
 * Your Skiplist object will be instantiated and called as such:
 * Skiplist* obj = new Skiplist();
 * bool param_1 = obj->search(target);
 * obj->add(num);
 * bool param_3 = obj->erase(num);
 */
