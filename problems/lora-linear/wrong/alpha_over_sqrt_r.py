# expect: WA
# Uses rsLoRA's alpha / sqrt(r) where the statement asks for alpha / r.
# says: alpha / sqrt(r)
import math


def lora_linear(x, W, b, A, B, alpha):
    return x @ W.T + b + (alpha / math.sqrt(A.shape[0])) * (x @ A.T) @ B.T
