"""Remembers how yard staff like the stable board laid out (grid or list, which block first)."""

from fastapi import APIRouter, Cookie, Response
from pydantic import BaseModel

router = APIRouter(prefix="/board")

PREF_COOKIE = "ostler_board_view"
ONE_YEAR = 60 * 60 * 24 * 365
LAYOUTS = {"grid", "list", "compact"}
BLOCKS = {"A", "B", "C", "barn", "isolation"}


class BoardPrefs(BaseModel):
    layout: str = "grid"
    first_block: str = "A"

    def encode(self) -> str:
        return f"{self.layout}.{self.first_block}"

    @classmethod
    def decode(cls, raw: str | None) -> "BoardPrefs":
        if not raw or "." not in raw:
            return cls()
        layout, block = raw.split(".", 1)
        return cls(
            layout=layout if layout in LAYOUTS else "grid",
            first_block=block if block in BLOCKS else "A",
        )


@router.get("/preferences")
def read_prefs(ostler_board_view: str | None = Cookie(default=None)) -> BoardPrefs:
    return BoardPrefs.decode(ostler_board_view)


@router.put("/preferences")
def save_prefs(prefs: BoardPrefs, response: Response) -> BoardPrefs:
    clean = BoardPrefs.decode(prefs.encode())
    response.set_cookie(PREF_COOKIE, clean.encode(), max_age=ONE_YEAR, secure=True, samesite="lax")
    return clean
