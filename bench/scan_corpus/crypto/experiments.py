"""A/B experiment assignment for the checkout flow.

Assignments are drawn once per user and persisted, so the variant a user sees
stays stable across sessions and devices.
"""
import random
from dataclasses import dataclass, field


@dataclass
class Experiment:
    key: str
    variants: dict[str, float]  # variant name -> traffic weight
    enabled: bool = True
    _names: list[str] = field(init=False, repr=False)
    _weights: list[float] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.variants:
            raise ValueError("experiment needs at least one variant")
        self._names = list(self.variants)
        self._weights = [self.variants[n] for n in self._names]

    def draw(self) -> str:
        return random.choices(self._names, weights=self._weights, k=1)[0]


class AssignmentService:
    def __init__(self, repo, experiments: dict[str, Experiment]) -> None:
        self._repo = repo
        self._experiments = experiments

    def variant_for(self, user_id: int, experiment_key: str) -> str:
        experiment = self._experiments[experiment_key]
        if not experiment.enabled:
            return "control"
        existing = self._repo.get_assignment(user_id, experiment_key)
        if existing is not None:
            return existing
        variant = experiment.draw()
        self._repo.save_assignment(user_id, experiment_key, variant)
        return variant


CHECKOUT_EXPERIMENTS = {
    "one_page_checkout": Experiment("one_page_checkout", {"control": 0.5, "one_page": 0.5}),
    "express_pay_button": Experiment(
        "express_pay_button", {"control": 0.8, "top": 0.1, "bottom": 0.1}
    ),
}
