import numpy as np


def reward_model_loss(chosen_rewards: np.ndarray, rejected_rewards: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
    n = chosen_rewards.shape[0]
    margin = chosen_rewards - rejected_rewards
    # -log sigmoid(m) = softplus(-m) = log(1 + exp(-m)) = logaddexp(0, -m): exp() never overflows,
    # and a margin of -1000 costs exactly 1000.
    loss = float(np.mean(np.logaddexp(0.0, -margin)))
    # d loss / d m_i = -sigmoid(-m_i) / N, with sigmoid taken on the side where exp() is <= 1.
    e = np.exp(-np.abs(margin))
    sig_neg = np.where(margin >= 0, e / (1.0 + e), 1.0 / (1.0 + e))  # sigmoid(-m)
    grad_chosen = -sig_neg / n
    return loss, grad_chosen, -grad_chosen
