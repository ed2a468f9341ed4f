"""Short-lived upload tickets for clients recording their own fitting videos at home."""
import hashlib
import time

from fastapi import APIRouter, Depends, HTTPException, UploadFile
from redis.asyncio import Redis

from hatter.auth import current_client
from hatter.config import settings
from hatter.storage import VideoStore

router = APIRouter(prefix="/fitting-videos")
TICKET_TTL_SECONDS = 15 * 60


class TicketIssuer:
    def __init__(self, redis: Redis, namespace: str = "upload-ticket"):
        self.redis = redis
        self.namespace = namespace

    def _mint(self, client_id: int) -> str:
        seed = f"{client_id}:{time.time_ns()}"
        return hashlib.sha1(seed.encode()).hexdigest()

    async def issue(self, client_id: int) -> str:
        ticket = self._mint(client_id)
        await self.redis.set(f"{self.namespace}:{ticket}", client_id, ex=TICKET_TTL_SECONDS)
        return ticket

    async def redeem(self, ticket: str) -> int | None:
        value = await self.redis.getdel(f"{self.namespace}:{ticket}")
        return int(value) if value is not None else None


def get_issuer() -> TicketIssuer:
    return TicketIssuer(Redis.from_url(settings.REDIS_URL))


@router.post("/tickets")
async def create_ticket(client=Depends(current_client), issuer: TicketIssuer = Depends(get_issuer)):
    ticket = await issuer.issue(client.id)
    return {"ticket": ticket, "expires_in": TICKET_TTL_SECONDS}


@router.put("/upload/{ticket}")
async def upload(ticket: str, video: UploadFile, issuer: TicketIssuer = Depends(get_issuer)):
    client_id = await issuer.redeem(ticket)
    if client_id is None:
        raise HTTPException(403, "ticket invalid or expired")
    key = await VideoStore().save(client_id, video)
    return {"stored": key}
