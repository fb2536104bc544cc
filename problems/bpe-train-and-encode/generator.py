"""Random corpora: words drawn with Zipf-like weights from a small vocabulary of syllables
(ASCII, accented Latin, Chinese, emoji), joined by single or repeated spaces, tabs and newlines;
texts drawn the same way plus unseen characters. Deterministic for the seed in problem.yaml."""

SYLLABLES = [
    "th",
    "e",
    "an",
    "ing",
    "er",
    "low",
    "new",
    "est",
    "wid",
    "a",
    "b",
    "ab",
    "é",
    "ü",
    "ña",
    "中",
    "文",
    "分词",
    "字节",
    "🙂",
    "xyz",
    "q",
]
SPACES = [" ", " ", " ", " ", "  ", "\n", "\t", " \n"]


def _vocabulary(rng, size, alphabet):
    words = []
    for _ in range(size):
        words.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))))
    return words


def _string(rng, words, weights, n_words):
    parts = []
    for _ in range(n_words):
        parts.append(rng.choices(words, weights)[0])
        parts.append(rng.choice(SPACES))
    return "".join(parts[:-1])


def _case(rng, n_strings, words_per_string, vocab_size, num_merges, alphabet, n_texts=5, unseen=""):
    words = _vocabulary(rng, vocab_size, alphabet)
    weights = [1.0 / (rank + 1) for rank in range(vocab_size)]
    corpus = [_string(rng, words, weights, rng.randint(1, words_per_string)) for _ in range(n_strings)]
    texts = []
    for _ in range(n_texts):
        text = _string(rng, words, weights, rng.randint(1, 12))
        if unseen and rng.random() < 0.5:
            text += " " + "".join(rng.choice(unseen) for _ in range(rng.randint(1, 4)))
        texts.append(text)
    return {"corpus": corpus, "num_merges": num_merges, "texts": texts}


ASCII = SYLLABLES[:12]


def generate(rng):
    yield {"name": "ASCII words, 20 merges", "args": _case(rng, 8, 10, 12, 20, ASCII)}
    yield {"name": "ASCII words, 100 merges (runs out early)", "args": _case(rng, 20, 15, 30, 100, ASCII)}
    yield {"name": "mixed scripts (multi-byte UTF-8), 60 merges", "args": _case(rng, 30, 12, 40, 60, SYLLABLES, unseen="ßΩж日")}
    yield {"name": "a and b only: many ties and runs, 40 merges", "args": _case(rng, 20, 20, 15, 40, ["a", "b", "aa"])}
    yield {"name": "Chinese and emoji, 30 merges", "args": _case(rng, 15, 10, 20, 30, SYLLABLES[15:], unseen="é ")}
    yield {"name": "large: 400 strings, 500 merges", "args": _case(rng, 400, 10, 400, 500, SYLLABLES, n_texts=40, unseen="ßΩ")}
