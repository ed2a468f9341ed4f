"""Import bulk orders sent by the basketmakers' guild purchasing scheme.

The guild collects members' orders for the season and sends one XML file
per supplier. Variety names in the feed are declared as entities in the
guild's DTD, so the parser expands them while reading.
"""

from dataclasses import dataclass
from decimal import Decimal

from fastapi import FastAPI, File, HTTPException, UploadFile
from lxml import etree

app = FastAPI()

GUILD_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class GuildOrderLine:
    member_no: str
    member_name: str
    variety: str
    length_band: str
    bundles: int
    agreed_price: Decimal


def parse_guild_orders(payload: bytes) -> list[GuildOrderLine]:
    root = etree.fromstring(payload, parser=GUILD_PARSER)
    lines = []
    for member in root.iterfind("member"):
        for item in member.iterfind("item"):
            lines.append(
                GuildOrderLine(
                    member_no=member.get("number"),
                    member_name=member.findtext("name", default="").strip(),
                    variety=item.findtext("variety", default="").strip(),
                    length_band=item.get("length"),
                    bundles=int(item.findtext("bundles", default="0")),
                    agreed_price=Decimal(item.findtext("price", default="0")),
                )
            )
    return lines


@app.post("/imports/guild-orders")
async def import_guild_orders(file: UploadFile = File(...)):
    payload = await file.read()
    try:
        lines = parse_guild_orders(payload)
    except etree.XMLSyntaxError as exc:
        raise HTTPException(status_code=422, detail=f"could not read guild file: {exc}")
    total_bundles = sum(line.bundles for line in lines)
    members = sorted({line.member_no for line in lines})
    return {"lines": len(lines), "members": len(members), "bundles": total_bundles}
