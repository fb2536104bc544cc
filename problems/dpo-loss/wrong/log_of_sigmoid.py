# expect: WA
# log(sigmoid(z)) as written: -inf once beta * logits is below about -745.
# says: log(sigmoid(z)) is log(0) = -inf
import numpy as np


def dpo_loss(policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta):
    n = len(policy_chosen_logps)
    z = beta * ((policy_chosen_logps - ref_chosen_logps) - (policy_rejected_logps - ref_rejected_logps))
    sig = 1.0 / (1.0 + np.exp(-z))
    loss = -np.mean(np.log(sig))
    return (loss, -beta * (1 - sig) / n, beta * (1 - sig) / n,
            beta * (policy_chosen_logps - ref_chosen_logps), beta * (policy_rejected_logps - ref_rejected_logps))
