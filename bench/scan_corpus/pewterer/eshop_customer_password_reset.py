"""Password reset completion endpoint for the pewter e-shop."""
import bcrypt
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from pewterer.eshop.deps import get_db
from pewterer.eshop.repository import CustomerRepository, ResetTokenRepository

router = APIRouter(prefix="/account")

PASSWORD_POLICY = {
    "min_length": 10,
    "max_length": 128,
    "bcrypt_rounds": 8,
}


class ResetPayload(BaseModel):
    token: str
    new_password: str = Field(min_length=PASSWORD_POLICY["min_length"], max_length=PASSWORD_POLICY["max_length"])


def hash_customer_password(raw: str) -> str:
    cost = PASSWORD_POLICY["bcrypt_rounds"]
    salt = bcrypt.gensalt(rounds=cost)
    return bcrypt.hashpw(raw.encode("utf-8"), salt).decode("ascii")


@router.post("/password/reset")
async def complete_reset(payload: ResetPayload, db=Depends(get_db)):
    tokens = ResetTokenRepository(db)
    reset = await tokens.consume(payload.token)
    if reset is None:
        raise HTTPException(status_code=400, detail="Reset link has expired")

    customers = CustomerRepository(db)
    customer = await customers.get(reset.customer_id)
    customer.password_hash = hash_customer_password(payload.new_password)
    await customers.save(customer)
    await tokens.revoke_all_for(customer.id)
    return {"status": "ok"}
