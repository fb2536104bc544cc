# Written unlike the reference: the implicit rewards first, the loss as the reward-model loss
# on their difference (log-sigmoid by the sign split), the gradient through tanh.
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta):
    chosen = beta * (policy_chosen_logps - ref_chosen_logps)
    rejected = beta * (policy_rejected_logps - ref_rejected_logps)
    z = chosen - rejected
    log_sig = np.minimum(z, 0.0) - np.log1p(np.exp(-np.abs(z)))
    weight = beta * 0.5 * (1.0 - np.tanh(z / 2.0)) / z.size
    return -log_sig.mean(), -weight, weight, chosen, rejected
