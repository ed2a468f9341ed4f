"""Attach runtime context to helpdesk tickets raised from the portal.

When a buyer presses "report a problem" the portal opens a ticket in the
helpdesk SaaS and adds a little context for the support engineer.
"""
import os
import platform

import httpx
from fastapi import APIRouter, Depends
from pydantic import BaseModel

from dyer.auth import current_buyer
from dyer.settings import HELPDESK

router = APIRouter()

CONTEXT_ENV_KEYS = ("DYER_RELEASE", "DYER_REGION", "DYER_SITE", "TZ")


class ProblemReport(BaseModel):
    subject: str
    description: str
    page_url: str | None = None


def runtime_context() -> dict:
    context = {key.lower(): os.environ.get(key, "") for key in CONTEXT_ENV_KEYS}
    context["python"] = platform.python_version()
    return context


@router.post("/support/tickets", status_code=201)
async def raise_ticket(report: ProblemReport, buyer=Depends(current_buyer)):
    body = {
        "subject": report.subject,
        "description": report.description,
        "requester": {"email": buyer.email, "name": buyer.display_name},
        "custom_fields": {
            "account_code": buyer.account_code,
            "page_url": report.page_url,
            "runtime": runtime_context(),
        },
    }
    async with httpx.AsyncClient(base_url=HELPDESK["url"], timeout=15) as client:
        response = await client.post(
            "/api/v2/tickets", json=body, headers={"Authorization": f"Bearer {HELPDESK['api_token']}"}
        )
        response.raise_for_status()
    return {"ticket": response.json()["id"]}
