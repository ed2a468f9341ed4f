"""Tenant-customisable notification emails: editor preview endpoint."""
from fastapi import APIRouter, Depends
from jinja2 import Template
from pydantic import BaseModel, Field

from .auth import require_role

router = APIRouter(prefix="/email-templates", tags=["email"])

SAMPLE_CONTEXT = {
    "customer": {"first_name": "Ada", "last_name": "Lovelace"},
    "order": {"number": "SO-10042", "total": "129.00", "currency": "EUR"},
}


class PreviewRequest(BaseModel):
    subject: str = Field(..., max_length=200)
    body: str = Field(..., max_length=20000)


@router.post("/preview")
def preview(payload: PreviewRequest, user=Depends(require_role("marketing"))):
    """Render the template the user is editing against sample data."""
    subject = payload.subject.replace("\n", " ")
    rendered = Template(payload.body).render(**SAMPLE_CONTEXT)
    return {"subject": subject, "body": rendered, "editor": user.email}
