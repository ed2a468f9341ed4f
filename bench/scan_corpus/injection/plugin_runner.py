"""Tenant automation rules: small Python snippets run when an event arrives."""
from dataclasses import dataclass, field

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from .auth import current_tenant
from .notify import send_email, post_webhook

router = APIRouter(prefix="/automation")


@dataclass
class Rule:
    id: int
    tenant_id: int
    source: str
    enabled: bool = True


@dataclass
class RuleEngine:
    actions: dict = field(default_factory=lambda: {"email": send_email, "webhook": post_webhook})

    def run_rule(self, rule: Rule, event: dict) -> dict:
        scope = {"event": event, "actions": self.actions, "result": {}}
        exec(compile(rule.source, f"<rule {rule.id}>", "exec"), scope)
        return scope["result"]


class RuleTest(BaseModel):
    source: str
    sample_event: dict


engine = RuleEngine()


@router.post("/rules/test")
def test_rule(body: RuleTest, tenant=Depends(current_tenant)):
    """Dry-run a rule from the editor against a sample event."""
    rule = Rule(id=0, tenant_id=tenant.id, source=body.source)
    return {"result": engine.run_rule(rule, body.sample_event)}
