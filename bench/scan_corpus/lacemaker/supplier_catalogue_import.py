"""Import of supplier thread catalogues.

Wholesale suppliers upload their price list and colour card as XML through the
supplier portal; each <thread> element becomes or updates a shop product.
"""
from decimal import Decimal

from flask import Blueprint, abort, request
from flask_login import login_required
from lxml import etree

from lacemaker.shop.models import ThreadProduct, db
from lacemaker.suppliers.auth import current_supplier

bp = Blueprint("supplier_catalogue", __name__, url_prefix="/suppliers")

CATALOGUE_PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
}


def make_parser() -> etree.XMLParser:
    return etree.XMLParser(**CATALOGUE_PARSER_OPTIONS)


def parse_catalogue(data: bytes) -> list[dict]:
    root = etree.fromstring(data, parser=make_parser())
    items = []
    for node in root.iter("thread"):
        items.append({
            "sku": node.get("sku"),
            "name": node.findtext("name", "").strip(),
            "fibre": node.findtext("fibre", "linen"),
            "weight": node.findtext("weight", ""),
            "colour": node.findtext("colour", ""),
            "trade_price": Decimal(node.findtext("price", "0")),
        })
    return items


@bp.post("/catalogue")
@login_required
def upload_catalogue():
    supplier = current_supplier()
    upload = request.files.get("catalogue")
    if upload is None:
        abort(400)
    items = parse_catalogue(upload.read())
    for item in items:
        product = ThreadProduct.query.filter_by(supplier_id=supplier.id, sku=item["sku"]).first()
        if product is None:
            product = ThreadProduct(supplier_id=supplier.id, sku=item["sku"])
            db.session.add(product)
        for key, value in item.items():
            setattr(product, key, value)
    db.session.commit()
    return {"imported": len(items)}
