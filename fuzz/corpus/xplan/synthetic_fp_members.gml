<?xml version="1.0" encoding="UTF-8"?>
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/4" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="a">
<gml:featureMembers>
<xplan:FP_Plan gml:id="fp"><xplan:name>F</xplan:name><xplan:raeumlicherGeltungsbereich><gml:Polygon gml:id="g" srsName="urn:ogc:def:crs:EPSG::25833"><gml:exterior><gml:LinearRing><gml:pos>0 0</gml:pos><gml:pos>10 0</gml:pos><gml:pos>10 10</gml:pos><gml:pos>0 0</gml:pos></gml:LinearRing></gml:exterior></gml:Polygon></xplan:raeumlicherGeltungsbereich></xplan:FP_Plan>
<xplan:BP_BaugebietsTeilFlaeche gml:id="loop"><xplan:position xlink:href="#loop"/></xplan:BP_BaugebietsTeilFlaeche>
<xplan:SO_Denkmalschutzrecht gml:id="so"><xplan:position><gml:LineString gml:id="l" srsName="EPSG:25833"><gml:posList srsDimension="3">0 0 1 5 5 2</gml:posList></gml:LineString></xplan:position></xplan:SO_Denkmalschutzrecht>
</gml:featureMembers>
</xplan:XPlanAuszug>
