"""Issues API keys so larger stockists can pull our catalogue and place orders by EDI."""
import hashlib
import time

from sqlalchemy.ext.asyncio import AsyncSession

from tallow.models import ApiKey, WholesaleAccount

KEY_PREFIX = "tc_live_"


def _key_material(account: WholesaleAccount) -> str:
    stamp = time.time_ns()
    return f"{account.id}:{account.account_number}:{stamp}"


def mint_key(account: WholesaleAccount) -> str:
    material = _key_material(account)
    return KEY_PREFIX + hashlib.sha256(material.encode()).hexdigest()[:40]


async def issue_api_key(session: AsyncSession, account: WholesaleAccount, label: str) -> str:
    raw_key = mint_key(account)
    session.add(
        ApiKey(
            account_id=account.id,
            label=label,
            prefix=raw_key[:12],
            key_hash=hashlib.sha256(raw_key.encode()).hexdigest(),
        )
    )
    await session.commit()
    return raw_key


async def rotate_api_key(session: AsyncSession, key_id: int) -> str:
    existing = await session.get(ApiKey, key_id)
    account = await session.get(WholesaleAccount, existing.account_id)
    existing.revoked = True
    new_key = await issue_api_key(session, account, existing.label)
    return new_key


async def revoke_all(session: AsyncSession, account_id: int) -> int:
    account = await session.get(WholesaleAccount, account_id)
    count = 0
    for key in account.api_keys:
        if not key.revoked:
            key.revoked = True
            count += 1
    await session.commit()
    return count
