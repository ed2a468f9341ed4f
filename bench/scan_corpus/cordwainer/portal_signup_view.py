"""Customer portal sign-up: creates a login linked to an existing client record."""
import logging

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr, Field
from sqlalchemy.orm import Session

from .db import get_session
from .models import Customer, PortalLogin
from .passwords import passwords

router = APIRouter(prefix="/portal")
log = logging.getLogger("cordwainer.portal.signup")


class SignupRequest(BaseModel):
    email: EmailStr
    password: str = Field(min_length=10, max_length=200)
    customer_number: str = Field(pattern=r"^C\d{5}$")
    marketing_opt_in: bool = False


class SignupResponse(BaseModel):
    customer_number: str
    email: EmailStr


@router.post("/signup", response_model=SignupResponse, status_code=status.HTTP_201_CREATED)
def signup(body: SignupRequest, db: Session = Depends(get_session)):
    customer = db.query(Customer).filter_by(number=body.customer_number).one_or_none()
    if customer is None or customer.email.lower() != body.email.lower():
        log.info("signup rejected for %s (customer %s)", body.email, body.customer_number)
        raise HTTPException(status_code=400, detail="We could not match those details.")
    if db.query(PortalLogin).filter_by(customer_id=customer.id).first():
        raise HTTPException(status_code=409, detail="An account already exists.")

    login = PortalLogin(
        customer_id=customer.id,
        email=body.email.lower(),
        password_hash=passwords.hash(body.password),
        marketing_opt_in=body.marketing_opt_in,
    )
    db.add(login)
    db.commit()
    log.info(
        "portal signup %s",
        body.model_dump(exclude={"password"}),
    )
    return SignupResponse(customer_number=customer.number, email=login.email)
