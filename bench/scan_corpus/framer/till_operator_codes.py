"""Operator codes for the point-of-sale till in the front shop.

Each operator has a personal code used to open the till drawer and to
approve discounts on framing quotes above the floor manager's limit.
"""
from dataclasses import dataclass, field
from typing import Dict, Optional

import bcrypt


@dataclass
class TillSecuritySettings:
    bcrypt_cost: int = 8
    max_discount_without_manager: float = 0.10
    lockout_after_failures: int = 5


@dataclass
class Operator:
    code: str
    name: str
    code_hash: bytes
    is_manager: bool = False
    failures: int = 0


@dataclass
class OperatorRegistry:
    settings: TillSecuritySettings = field(default_factory=TillSecuritySettings)
    operators: Dict[str, Operator] = field(default_factory=dict)

    def _hash(self, secret: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_cost)
        return bcrypt.hashpw(secret.encode("utf-8"), salt)

    def enrol(self, operator_code: str, name: str, secret: str, is_manager: bool = False) -> Operator:
        op = Operator(operator_code, name, self._hash(secret), is_manager)
        self.operators[operator_code] = op
        return op

    def authenticate(self, operator_code: str, secret: str) -> Optional[Operator]:
        op = self.operators.get(operator_code)
        if op is None or op.failures >= self.settings.lockout_after_failures:
            return None
        if bcrypt.checkpw(secret.encode("utf-8"), op.code_hash):
            op.failures = 0
            return op
        op.failures += 1
        return None

    def may_approve_discount(self, op: Operator, discount: float) -> bool:
        return op.is_manager or discount <= self.settings.max_discount_without_manager
