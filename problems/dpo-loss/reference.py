import numpy as np


def dpo_loss(
    policy_chosen_logps: np.ndarray,
    policy_rejected_logps: np.ndarray,
    ref_chosen_logps: np.ndarray,
    ref_rejected_logps: np.ndarray,
    beta: float,
) -> tuple[float, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    n = policy_chosen_logps.shape[0]
    chosen_rewards = beta * (policy_chosen_logps - ref_chosen_logps)
    rejected_rewards = beta * (policy_rejected_logps - ref_rejected_logps)
    # TRL's "sigmoid" loss: logits = (pi_c - pi_r) - (ref_c - ref_r), loss = -logsigmoid(beta * logits).
    logits = (policy_chosen_logps - policy_rejected_logps) - (ref_chosen_logps - ref_rejected_logps)
    z = beta * logits
    loss = float(np.mean(np.logaddexp(0.0, -z)))  # -log sigmoid(z), never exp() of a positive number
    e = np.exp(-np.abs(z))
    sig_neg = np.where(z >= 0, e / (1.0 + e), 1.0 / (1.0 + e))  # sigmoid(-z)
    grad_chosen = -beta * sig_neg / n
    return loss, grad_chosen, -grad_chosen, chosen_rewards, rejected_rewards
