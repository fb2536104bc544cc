# Without repeating K and V: the query heads are folded into (H_kv, group) and broadcast
# against the shared heads; the softmax is a log-sum-exp, the mask a -inf bias.
import numpy as np


def grouped_query_attention(q, k, v, causal):
    b, h_q, t_q, d = q.shape
    h_kv, t_k = k.shape[1], k.shape[2]
    qg = q.reshape(b, h_kv, h_q // h_kv, t_q, d)
    scores = np.einsum("bhgid,bhjd->bhgij", qg, k) / np.sqrt(d)
    if causal:
        future = np.triu(np.ones((t_q, t_k), dtype=bool), k=t_k - t_q + 1)
        scores = scores + np.where(future, -np.inf, 0.0)
    log_z = np.logaddexp.reduce(scores, axis=-1, keepdims=True)
    out = np.einsum("bhgij,bhjd->bhgid", np.exp(scores - log_z), v)
    return out.reshape(b, h_q, t_q, v.shape[-1])
