class Skiplist {
    private static final int MAX_LEVEL = 18;  // 2^18 > 5 * 10^4 elements, the most one case can add

    private static class Node {
        final int val;
        final Node[] next;

        Node(int val, int height) {
            this.val = val;
            this.next = new Node[height];
        }
    }

    private final Node head = new Node(-1, MAX_LEVEL);
    private int level = 1;  // levels in use, counting from the bottom
    private final Random rng = new Random(1206);

    public Skiplist() {
    }

    private int randomHeight() {
        int height = 1;
        while (height < MAX_LEVEL && rng.nextBoolean()) height++;
        return height;
    }

    /** On each level, the last node whose value is < target. */
    private Node[] predecessors(int target) {
        Node[] update = new Node[MAX_LEVEL];
        Arrays.fill(update, head);
        Node node = head;
        for (int i = level - 1; i >= 0; i--) {
            while (node.next[i] != null && node.next[i].val < target) node = node.next[i];
            update[i] = node;
        }
        return update;
    }

    public boolean search(int target) {
        Node next = predecessors(target)[0].next[0];
        return next != null && next.val == target;
    }

    public void add(int num) {
        Node[] update = predecessors(num);
        int height = randomHeight();
        level = Math.max(level, height);  // update[] already holds head for the new levels
        Node node = new Node(num, height);
        for (int i = 0; i < height; i++) {
            node.next[i] = update[i].next[i];
            update[i].next[i] = node;
        }
    }

    public boolean erase(int num) {
        Node[] update = predecessors(num);
        Node node = update[0].next[0];
        if (node == null || node.val != num) return false;
        // The first node of value num on level 0 is the first one on every level it reaches,
        // so unlinking it from each predecessor is enough.
        for (int i = 0; i < node.next.length; i++)
            if (update[i].next[i] == node) update[i].next[i] = node.next[i];
        while (level > 1 && head.next[level - 1] == null) level--;
        return true;
    }
}

/**
 * Your Skiplist object will be instantiated and called as such:
 * Skiplist obj = new Skiplist();
 * boolean param_1 = obj.search(target);
 * obj.add(num);
 * boolean param_3 = obj.erase(num);
 */
