"""Login for wholesale partners (tanneries, form suppliers, referring outfitters).

Partners get a small portal where they can see the specimens they sent in
and download consolidated statements.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from fastapi import APIRouter, Depends, Form, HTTPException, status
from passlib.context import CryptContext
from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import get_session
from .models import Partner
from .tokens import issue_partner_session

log = logging.getLogger(__name__)
router = APIRouter(prefix="/partners", tags=["partners"])

PASSLIB_OPTIONS = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__default_rounds": 6,
}

pwd_context = CryptContext(**PASSLIB_OPTIONS)


@dataclass
class PartnerRegistration:
    company: str
    contact_email: str
    password: str


def register_partner(db: Session, reg: PartnerRegistration) -> Partner:
    existing = db.scalar(select(Partner).where(Partner.contact_email == reg.contact_email.lower()))
    if existing is not None:
        raise ValueError("a partner with this e-mail already exists")
    partner = Partner(
        company=reg.company.strip(),
        contact_email=reg.contact_email.lower(),
        password_hash=pwd_context.hash(reg.password),
    )
    db.add(partner)
    db.commit()
    db.refresh(partner)
    return partner


@router.post("/login")
def partner_login(
    email: str = Form(...),
    password: str = Form(...),
    db: Session = Depends(get_session),
):
    partner = db.scalar(select(Partner).where(Partner.contact_email == email.lower()))
    if partner is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")

    valid, new_hash = pwd_context.verify_and_update(password, partner.password_hash)
    if not valid:
        log.info("partner login rejected for %s", partner.company)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    if new_hash:
        partner.password_hash = new_hash
        db.commit()

    return {"session": issue_partner_session(partner.id), "company": partner.company}
