<?xml version="1.0" encoding="utf-8"?>
<wfs:FeatureCollection timeStamp="2025-05-31T07:59:09.535+02:00" numberReturned="1" numberMatched="unknown" xmlns="http://www.adv-online.de/namespaces/adv/gid/6.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.adv-online.de/namespaces/adv/gid/6.0 http://www.wfs.nrw.de/aaa-suite/schema/NAS/6.0.1/schema/AAA-Fachschema.xsd http://www.opengis.net/wfs/2.0 http://www.wfs.nrw.de/aaa-suite/schema/ogc/wfs/2.0/wfs.xsd http://www.opengis.net/gml/3.2 http://www.wfs.nrw.de/aaa-suite/schema/NAS/6.0.1/schema/gml/3.2.1/gml.xsd http://www.isotc211.org/2005/gco http://www.wfs.nrw.de/aaa-suite/schema/NAS/6.0.1/schema/iso/19139/20070417/gco/gco.xsd http://www.isotc211.org/2005/gmd http://www.wfs.nrw.de/aaa-suite/schema/NAS/6.0.1/schema/iso/19139/20070417/gmd/gmd.xsd">
<wfs:boundedBy>
<gml:Envelope srsName="urn:ogc:def:crs:EPSG::25832" srsDimension="2">
<gml:lowerCorner>338131.227 5706237.134</gml:lowerCorner>
<gml:upperCorner>338161.737 5706279.934</gml:upperCorner>
</gml:Envelope>
</wfs:boundedBy>
<wfs:member>
<AX_Flurstueck gml:id="DENW21AL100077H6">
<gml:identifier codeSpace="http://www.adv-online.de/">urn:adv:oid:DENW21AL100077H6</gml:identifier>
<lebenszeitintervall>
<AA_Lebenszeitintervall>
<beginnt>2014-02-14T11:31:00Z</beginnt>
</AA_Lebenszeitintervall>
</lebenszeitintervall>
<modellart>
<AA_Modellart>
<advStandardModell>DLKM</advStandardModell>
</AA_Modellart>
</modellart>
<anlass>010400</anlass>
<zeigtAufExternes>
<AA_Fachdatenverbindung>
<art>http://www.bezreg-koeln.nrw.de/extra/33alkis/art.htm#5300</art>
<fachdatenobjekt>
<AA_Fachdatenobjekt>
<name>2009/95001-52</name>
</AA_Fachdatenobjekt>
</fachdatenobjekt>
</AA_Fachdatenverbindung>
</zeigtAufExternes>
<zeigtAufExternes>
<AA_Fachdatenverbindung>
<art>http://www.bezreg-koeln.nrw.de/extra/33alkis/art.htm#5200</art>
<fachdatenobjekt>
<AA_Fachdatenobjekt>
<name>1954/     -01</name>
</AA_Fachdatenobjekt>
</fachdatenobjekt>
</AA_Fachdatenverbindung>
</zeigtAufExternes>
<zeigtAufExternes>
<AA_Fachdatenverbindung>
<art>http://www.bezreg-koeln.nrw.de/extra/33alkis/art.htm#8000</art>
<fachdatenobjekt>
<AA_Fachdatenobjekt>
<name>4040051</name>
</AA_Fachdatenobjekt>
</fachdatenobjekt>
</AA_Fachdatenverbindung>
</zeigtAufExternes>
<zeigtAufExternes>
<AA_Fachdatenverbindung>
<art>urn:adv:fachdatenverbindung:AA_Antrag</art>
<fachdatenobjekt>
<AA_Fachdatenobjekt>
<uri>urn:adv:oid:DENW21AL0000098R</uri>
</AA_Fachdatenobjekt>
</fachdatenobjekt>
</AA_Fachdatenverbindung>
</zeigtAufExternes>
<inversZu_dientZurDarstellungVon_AP_PTO xlink:href="urn:adv:oid:DENW21AL100077H5"/>
<position>
<gml:Polygon gml:id="o11001.id.76992292.position.Geom_0" srsName="urn:ogc:def:crs:EPSG::25832" srsDimension="2">
<gml:exterior>
<gml:LinearRing>
<gml:posList>338131.227 5706256.699 338144.126 5706242.59 338149.776 5706237.134 338161.737 5706249.234 338156.722 5706279.934 338141.204 5706265.795 338135.397 5706260.503 338131.227 5706256.699</gml:posList>
</gml:LinearRing>
</gml:exterior>
</gml:Polygon>
</position>
<gemarkung>
<AX_Gemarkung_Schluessel>
<land>05</land>
<gemarkungsnummer>3290</gemarkungsnummer>
</AX_Gemarkung_Schluessel>
</gemarkung>
<flurstuecksnummer>
<AX_Flurstuecksnummer>
<zaehler>85</zaehler>
</AX_Flurstuecksnummer>
</flurstuecksnummer>
<flurstueckskennzeichen>05329001100085______</flurstueckskennzeichen>
<amtlicheFlaeche uom="m2">684.00</amtlicheFlaeche>
<flurnummer>11</flurnummer>
<abweichenderRechtszustand>false</abweichenderRechtszustand>
<rechtsbehelfsverfahren>false</rechtsbehelfsverfahren>
<zeitpunktDerEntstehung>1954-01-01</zeitpunktDerEntstehung>
<gemeindezugehoerigkeit>
<AX_Gemeindekennzeichen>
<land>05</land>
<regierungsbezirk>1</regierungsbezirk>
<kreis>12</kreis>
<gemeinde>000</gemeinde>
</AX_Gemeindekennzeichen>
</gemeindezugehoerigkeit>
<istGebucht xlink:href="urn:adv:oid:DENW21AL10007CcG"/>
<weistAuf xlink:href="urn:adv:oid:DENW21AL100075xc"/>
</AX_Flurstueck>
</wfs:member>
</wfs:FeatureCollection>