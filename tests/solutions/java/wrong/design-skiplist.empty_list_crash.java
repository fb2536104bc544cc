// expect: RE
// search() reads cur.next[0].val after the level walk without checking for null, so it throws
// NullPointerException on an empty skiplist (and whenever target is larger than every value).
class Skiplist {
    private static final int MAX_LEVEL = 16;

    private static class Node {
        int val;
        Node[] next;

        Node(int val, int height) {
            this.val = val;
            this.next = new Node[height];
        }
    }

    private final Node head = new Node(-1, MAX_LEVEL);
    private int level = 1;
    private final Random random = new Random();

    public Skiplist() {
    }

    private int height() {
        int h = 1;
        while (h < MAX_LEVEL && random.nextDouble() < 0.5) h++;
        return h;
    }

    private Node[] find(int target) {
        Node[] update = new Node[MAX_LEVEL];
        Arrays.fill(update, head);
        Node cur = head;
        for (int i = level - 1; i >= 0; i--) {
            while (cur.next[i] != null && cur.next[i].val < target) cur = cur.next[i];
            update[i] = cur;
        }
        return update;
    }

    public boolean search(int target) {
        Node cur = find(target)[0];
        return cur.next[0].val == target;
    }

    public void add(int num) {
        Node[] update = find(num);
        int h = height();
        level = Math.max(level, h);
        Node node = new Node(num, h);
        for (int i = 0; i < h; i++) {
            node.next[i] = update[i].next[i];
            update[i].next[i] = node;
        }
    }

    public boolean erase(int num) {
        Node[] update = find(num);
        Node node = update[0].next[0];
        if (node == null || node.val != num) return false;
        for (int i = 0; i < node.next.length; i++)
            if (update[i].next[i] == node) update[i].next[i] = node.next[i];
        return true;
    }
}
