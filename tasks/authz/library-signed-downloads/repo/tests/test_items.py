from catalogue.items import find_item


def test_find_item():
    item = find_item("map-0412")
    assert item.kind == "map" and item.scan.endswith(".tif")
    assert find_item("nope") is None


def test_undigitised_item_has_no_scan():
    assert find_item("ms-0031").scan is None
