<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- Written by VC Database Importer/Exporter, version "5.0.2" -->
<!-- virtualcitysystems GmbH, https://vc.systems -->
<CityModel xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns="http://www.opengis.net/citygml/2.0" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/citygml/cityobjectgroup/2.0 http://schemas.opengis.net/citygml/cityobjectgroup/2.0/cityObjectGroup.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/tunnel/2.0 http://schemas.opengis.net/citygml/tunnel/2.0/tunnel.xsd http://www.opengis.net/citygml/waterbody/2.0 http://schemas.opengis.net/citygml/waterbody/2.0/waterBody.xsd http://www.opengis.net/citygml/cityfurniture/2.0 http://schemas.opengis.net/citygml/cityfurniture/2.0/cityFurniture.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/citygml/bridge/2.0 http://schemas.opengis.net/citygml/bridge/2.0/bridge.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/vegetation/2.0 http://schemas.opengis.net/citygml/vegetation/2.0/vegetation.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/relief/2.0 http://schemas.opengis.net/citygml/relief/2.0/relief.xsd http://www.opengis.net/citygml/landuse/2.0 http://schemas.opengis.net/citygml/landuse/2.0/landUse.xsd">
  <cityObjectMember>
    <bldg:Building gml:id="BLDG_0003000f0032da1b">
      <gml:boundedBy>
        <gml:Envelope srsName="urn:ogc:def:crs:EPSG::25833" srsDimension="3">
          <gml:lowerCorner>384864.931005626 5821248.42830691 33.2099990844727</gml:lowerCorner>
          <gml:upperCorner>384897.570063331 5821266.1241388 49.9772632873067</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <creationDate>2014-07-09</creationDate>
      <externalReference>
        <informationSystem>LOCATION</informationSystem>
        <externalObject>
          <name>0003000f0032da1b</name>
        </externalObject>
      </externalReference>
      <bldg:function>1231</bldg:function>
      <bldg:measuredHeight>16.76726</bldg:measuredHeight>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_b099846b-3586-459e-aa17-40141ee029fa">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_708c1ef1-b884-4c68-bf57-2a930316cfec">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6117896">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6117896_0_">
                      <gml:posList srsDimension="3">384897.430820519 5821258.20929824 33.2099990844727 384897.431106991 5821258.2097252 46.7025231143358 384894.880826904 5821248.47371681 46.7025231143358 384894.880540434 5821248.47328986 33.2099990844727 384897.430820519 5821258.20929824 33.2099990844727</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6117894">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6117894_0_">
                      <gml:posList srsDimension="3">384865.069892477 5821256.34261618 33.2099990844727 384865.07017894 5821256.34304314 46.7025231143358 384867.620459415 5821266.07905214 46.7025231143358 384867.620172951 5821266.07862519 33.2099990844727 384865.069892477 5821256.34261618 33.2099990844727</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6117895">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6117895_0_">
                      <gml:posList srsDimension="3">384894.880540434 5821248.47328986 33.2099990844727 384894.880826904 5821248.47371681 46.7025231143358 384865.07017894 5821256.34304314 46.7025231143358 384865.069892477 5821256.34261618 33.2099990844727 384894.880540434 5821248.47328986 33.2099990844727</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6117893">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6117893_0_">
                      <gml:posList srsDimension="3">384867.620172951 5821266.07862519 33.2099990844727 384867.620459415 5821266.07905214 46.7025231143358 384897.431106991 5821258.2097252 46.7025231143358 384897.430820519 5821258.20929824 33.2099990844727 384867.620172951 5821266.07862519 33.2099990844727</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:GroundSurface gml:id="UUID_bb553968-d961-4fa1-9bad-5bc6ae8b7cdf">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_52623066-a8f7-4756-926b-87f5ce29f065">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6117891">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6117891_0_">
                      <gml:posList srsDimension="3">384894.880540434 5821248.47328986 33.2099990844727 384865.069892477 5821256.34261618 33.2099990844727 384867.620172951 5821266.07862519 33.2099990844727 384897.430820519 5821258.20929824 33.2099990844727 384894.880540434 5821248.47328986 33.2099990844727</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:GroundSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="UUID_5d143e9c-6a62-4b8b-8ce8-d962654a00df">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_3aaabc71-1809-4c12-af30-9c7cc4f020b0">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6117898">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6117898_0_">
                      <gml:posList srsDimension="3">384891.290441414 5821254.62623 49.9772632873067 384894.880826904 5821248.47371681 46.7025231143358 384897.431106991 5821258.2097252 46.7025231143358 384891.290441414 5821254.62623 49.9772632873067</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6117901">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6117901_0_">
                      <gml:posList srsDimension="3">384865.07017894 5821256.34304314 46.7025231143358 384871.210984041 5821259.92674578 49.9772632873067 384867.620459415 5821266.07905214 46.7025231143358 384865.07017894 5821256.34304314 46.7025231143358</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6117899">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6117899_0_">
                      <gml:posList srsDimension="3">384867.620459415 5821266.07905214 46.7025231143358 384871.210984041 5821259.92674578 49.9772632873067 384891.290441414 5821254.62623 49.9772632873067 384897.431106991 5821258.2097252 46.7025231143358 384867.620459415 5821266.07905214 46.7025231143358</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6117900">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6117900_0_">
                      <gml:posList srsDimension="3">384871.210984041 5821259.92674578 49.9772632873067 384865.07017894 5821256.34304314 46.7025231143358 384894.880826904 5821248.47371681 46.7025231143358 384891.290441414 5821254.62623 49.9772632873067 384871.210984041 5821259.92674578 49.9772632873067</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:address>
        <Address>
          <xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:Locality Type="City">
                  <xAL:LocalityName>Berlin</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>39</xAL:ThoroughfareNumber>
                    <xAL:ThoroughfareName>Olbersstr.</xAL:ThoroughfareName>
                  </xAL:Thoroughfare>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </xalAddress>
        </Address>
      </bldg:address>
      <bldg:address>
        <Address>
          <xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:Locality Type="City">
                  <xAL:LocalityName>Berlin</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>41</xAL:ThoroughfareNumber>
                    <xAL:ThoroughfareName>Olbersstr.</xAL:ThoroughfareName>
                  </xAL:Thoroughfare>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </xalAddress>
        </Address>
      </bldg:address>
    </bldg:Building>
  </cityObjectMember>
  <cityObjectMember>
    <bldg:Building gml:id="BLDG_0003000b0054e8af">
      <gml:boundedBy>
        <gml:Envelope srsName="urn:ogc:def:crs:EPSG::25833" srsDimension="3">
          <gml:lowerCorner>384864.298711468 5821316.83984115 32.19</gml:lowerCorner>
          <gml:upperCorner>384907.858231802 5821373.19811626 46.750527148004</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <creationDate>2014-07-09</creationDate>
      <externalReference>
        <informationSystem>LOCATION</informationSystem>
        <externalObject>
          <name>0003000b0054e8af</name>
        </externalObject>
      </externalReference>
      <bldg:function>1231</bldg:function>
      <bldg:measuredHeight>14.51</bldg:measuredHeight>
      <bldg:boundedBy>
        <bldg:GroundSurface gml:id="UUID_436f7502-ad4c-4697-8ef1-874b95a2449a">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_29cfe1af-8b80-4a2e-8249-e1e716fff0d5">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116813">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116813_0_">
                      <gml:posList srsDimension="3">384891.554541246 5821361.57131465 32.19 384867.572015649 5821356.72082442 32.19 384865.254709609 5821367.89276837 32.19 384889.237235488 5821372.74325802 32.19 384891.554541246 5821361.57131465 32.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116814">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116814_0_">
                      <gml:posList srsDimension="3">384896.964307872 5821317.02700711 32.2999992370605 384888.027138397 5821362.70060311 32.2999992370605 384897.899832167 5821364.40605816 32.2999992370605 384906.837001213 5821318.73246316 32.2999992370605 384896.964307872 5821317.02700711 32.2999992370605</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:GroundSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_8c9fad1c-ede9-4d6e-b370-ce95b84e4651">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_4d4b27e8-dd8b-4a41-a54b-9fd8d160d4a7">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116819">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116819_0_">
                      <gml:posList srsDimension="3">384889.237235488 5821372.74325802 32.19 384889.23747116 5821372.74360929 43.29 384891.554776919 5821361.57166592 43.29 384891.554541246 5821361.57131465 32.19 384889.237235488 5821372.74325802 32.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116821">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116821_0_">
                      <gml:posList srsDimension="3">384888.027138397 5821362.70060311 32.2999992370605 384888.02737716 5821362.70095898 43.5456039182129 384897.900070932 5821364.40641403 43.5456039182129 384897.899832167 5821364.40605816 32.2999992370605 384888.027138397 5821362.70060311 32.2999992370605</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116817">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116817_0_">
                      <gml:posList srsDimension="3">384867.572015649 5821356.72082442 32.19 384867.572251317 5821356.72117569 43.29 384865.254945276 5821367.89311964 43.29 384865.254709609 5821367.89276837 32.19 384867.572015649 5821356.72082442 32.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116816">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116816_0_">
                      <gml:posList srsDimension="3">384865.254709609 5821367.89276837 32.19 384865.254945276 5821367.89311964 43.29 384889.23747116 5821372.74360929 43.29 384889.237235488 5821372.74325802 32.19 384865.254709609 5821367.89276837 32.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116822">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116822_0_">
                      <gml:posList srsDimension="3">384896.964307872 5821317.02700711 32.2999992370605 384896.964546638 5821317.02736298 43.5456039182129 384888.02737716 5821362.70095898 43.5456039182129 384888.027138397 5821362.70060311 32.2999992370605 384896.964307872 5821317.02700711 32.2999992370605</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116820">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116820_0_">
                      <gml:posList srsDimension="3">384897.899832167 5821364.40605816 32.2999992370605 384897.900070932 5821364.40641403 43.5456039182129 384906.837239981 5821318.73281903 43.5456039182129 384906.837001213 5821318.73246316 32.2999992370605 384897.899832167 5821364.40605816 32.2999992370605</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116818">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116818_0_">
                      <gml:posList srsDimension="3">384891.554541246 5821361.57131465 32.19 384891.554776919 5821361.57166592 43.29 384867.572251317 5821356.72117569 43.29 384867.572015649 5821356.72082442 32.19 384891.554541246 5821361.57131465 32.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116823">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116823_0_">
                      <gml:posList srsDimension="3">384906.837001213 5821318.73246316 32.2999992370605 384906.837239981 5821318.73281903 43.5456039182129 384896.964546638 5821317.02736298 43.5456039182129 384896.964307872 5821317.02700711 32.2999992370605 384906.837001213 5821318.73246316 32.2999992370605</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="UUID_366eaa73-7d53-4500-97a6-8cdc27082f4f">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_0573d7d3-ac6f-4812-90a8-8f55f8e7bf6d">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116832">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116832_0_">
                      <gml:posList srsDimension="3">384888.02737716 5821362.70095898 43.5456039182129 384893.925767562 5821358.63759061 46.750527148004 384897.900070932 5821364.40641403 43.5456039182129 384888.02737716 5821362.70095898 43.5456039182129</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116828">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116828_0_">
                      <gml:posList srsDimension="3">384867.572251317 5821356.72117569 43.29 384869.208431845 5821362.87249883 46.7 384865.254945276 5821367.89311964 43.29 384867.572251317 5821356.72117569 43.29</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116827">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116827_0_">
                      <gml:posList srsDimension="3">384869.208431845 5821362.87249883 46.7 384867.572251317 5821356.72117569 43.29 384891.554776919 5821361.57166592 43.29 384887.601435383 5821366.59250229 46.7 384869.208431845 5821362.87249883 46.7</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116829">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116829_0_">
                      <gml:posList srsDimension="3">384900.938985517 5821322.79638959 46.750527148004 384896.964546638 5821317.02736298 43.5456039182129 384906.837239981 5821318.73281903 43.5456039182129 384900.938985517 5821322.79638959 46.750527148004</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116830">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116830_0_">
                      <gml:posList srsDimension="3">384897.900070932 5821364.40641403 43.5456039182129 384893.925767562 5821358.63759061 46.750527148004 384900.938985517 5821322.79638959 46.750527148004 384906.837239981 5821318.73281903 43.5456039182129 384897.900070932 5821364.40641403 43.5456039182129</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116825">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116825_0_">
                      <gml:posList srsDimension="3">384887.601435383 5821366.59250229 46.7 384891.554776919 5821361.57166592 43.29 384889.23747116 5821372.74360929 43.29 384887.601435383 5821366.59250229 46.7</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116826">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116826_0_">
                      <gml:posList srsDimension="3">384865.254945276 5821367.89311964 43.29 384869.208431845 5821362.87249883 46.7 384887.601435383 5821366.59250229 46.7 384889.23747116 5821372.74360929 43.29 384865.254945276 5821367.89311964 43.29</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6116831">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6116831_0_">
                      <gml:posList srsDimension="3">384893.925767562 5821358.63759061 46.750527148004 384888.02737716 5821362.70095898 43.5456039182129 384896.964546638 5821317.02736298 43.5456039182129 384900.938985517 5821322.79638959 46.750527148004 384893.925767562 5821358.63759061 46.750527148004</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:address>
        <Address>
          <xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:Locality Type="City">
                  <xAL:LocalityName>Berlin</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>11</xAL:ThoroughfareNumber>
                    <xAL:ThoroughfareName>Scheinerweg</xAL:ThoroughfareName>
                  </xAL:Thoroughfare>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </xalAddress>
        </Address>
      </bldg:address>
      <bldg:address>
        <Address>
          <xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:Locality Type="City">
                  <xAL:LocalityName>Berlin</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>13</xAL:ThoroughfareNumber>
                    <xAL:ThoroughfareName>Scheinerweg</xAL:ThoroughfareName>
                  </xAL:Thoroughfare>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </xalAddress>
        </Address>
      </bldg:address>
      <bldg:address>
        <Address>
          <xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:Locality Type="City">
                  <xAL:LocalityName>Berlin</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>15</xAL:ThoroughfareNumber>
                    <xAL:ThoroughfareName>Scheinerweg</xAL:ThoroughfareName>
                  </xAL:Thoroughfare>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </xalAddress>
        </Address>
      </bldg:address>
      <bldg:address>
        <Address>
          <xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:Locality Type="City">
                  <xAL:LocalityName>Berlin</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>1</xAL:ThoroughfareNumber>
                    <xAL:ThoroughfareName>Lambertstr.</xAL:ThoroughfareName>
                  </xAL:Thoroughfare>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </xalAddress>
        </Address>
      </bldg:address>
      <bldg:address>
        <Address>
          <xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:Locality Type="City">
                  <xAL:LocalityName>Berlin</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>3</xAL:ThoroughfareNumber>
                    <xAL:ThoroughfareName>Lambertstr.</xAL:ThoroughfareName>
                  </xAL:Thoroughfare>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </xalAddress>
        </Address>
      </bldg:address>
    </bldg:Building>
  </cityObjectMember>
  <cityObjectMember>
    <bldg:Building gml:id="BLDG_0003000f0032da49">
      <gml:boundedBy>
        <gml:Envelope srsName="urn:ogc:def:crs:EPSG::25833" srsDimension="3">
          <gml:lowerCorner>384894.215660524 5821254.75908713 33.189998626709</gml:lowerCorner>
          <gml:upperCorner>384908.677632392 5821303.37141213 47.210000038147</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <creationDate>2014-07-09</creationDate>
      <externalReference>
        <informationSystem>LOCATION</informationSystem>
        <externalObject>
          <name>0003000f0032da49</name>
        </externalObject>
      </externalReference>
      <bldg:function>1231</bldg:function>
      <bldg:measuredHeight>14.02</bldg:measuredHeight>
      <bldg:boundedBy>
        <bldg:GroundSurface gml:id="UUID_00ad0171-d7f0-49bb-8f31-2b4c998df951">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_9c40641b-d1e1-4af3-a057-c2a71c98a6e7">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118191">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118191_0_">
                      <gml:posList srsDimension="3">384894.263414105 5821257.52653386 33.189998626709 384897.324117807 5821272.41954138 33.189998626709 384902.299530051 5821271.82910023 33.189998626709 384907.274942225 5821271.23865911 33.189998626709 384903.576560453 5821254.83863353 33.189998626709 384894.263414105 5821257.52653386 33.189998626709</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118192">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118192_0_">
                      <gml:posList srsDimension="3">384908.236988686 5821303.12168938 33.19 384908.283551144 5821282.41718965 33.19 384903.351861636 5821282.53921842 33.19 384898.420172059 5821282.66124719 33.19 384898.270931719 5821302.91903142 33.19 384908.236988686 5821303.12168938 33.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118193">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118193_0_">
                      <gml:posList srsDimension="3">384902.300376438 5821271.82899979 33.19 384897.326934539 5821272.41920711 33.19 384898.384684226 5821282.63093142 33.19 384903.317428259 5821282.53707667 33.19 384908.250172222 5821282.44322192 33.19 384907.273818268 5821271.23879249 33.19 384902.300376438 5821271.82899979 33.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:GroundSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_bfd3acd5-1de9-42a1-8d46-08512e730e9e">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_ce78d37d-0f3a-47b9-b5eb-bfb5cd2459f3">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118196">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118196_0_">
                      <gml:posList srsDimension="3">384894.263414105 5821257.52653386 33.189998626709 384894.263648208 5821257.52688277 44.2160715571652 384897.324351912 5821272.41989029 44.2160715571652 384897.324117807 5821272.41954138 33.189998626709 384894.263414105 5821257.52653386 33.189998626709</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118205">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118205_0_">
                      <gml:posList srsDimension="3">384898.384684226 5821282.63093142 33.19 384898.384918414 5821282.63128045 44.22 384903.317725931 5821282.53752032 47.21 384908.250406412 5821282.44357096 44.22 384908.250172222 5821282.44322192 33.19 384903.317428259 5821282.53707667 33.19 384898.384684226 5821282.63093142 33.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118198">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118198_0_">
                      <gml:posList srsDimension="3">384897.324117807 5821272.41954138 33.189998626709 384897.324351912 5821272.41989029 44.2160715571652 384902.299827635 5821271.82954376 47.2058684226801 384907.275176332 5821271.23900802 44.2160715571652 384907.274942225 5821271.23865911 33.189998626709 384902.299530051 5821271.82910023 33.189998626709 384897.324117807 5821272.41954138 33.189998626709</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118206">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118206_0_">
                      <gml:posList srsDimension="3">384907.273818268 5821271.23879249 33.19 384907.274052458 5821271.23914153 44.22 384902.30067411 5821271.82944345 47.21 384897.327168727 5821272.41955614 44.22 384897.326934539 5821272.41920711 33.19 384902.300376438 5821271.82899979 33.19 384907.273818268 5821271.23879249 33.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118204">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118204_0_">
                      <gml:posList srsDimension="3">384897.326934539 5821272.41920711 33.19 384897.327168727 5821272.41955614 44.22 384898.384918414 5821282.63128045 44.22 384898.384684226 5821282.63093142 33.19 384897.326934539 5821272.41920711 33.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118199">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118199_0_">
                      <gml:posList srsDimension="3">384898.420172059 5821282.66124719 33.19 384898.420406247 5821282.66159623 44.22 384898.271165906 5821302.91938046 44.22 384898.270931719 5821302.91903142 33.19 384898.420172059 5821282.66124719 33.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118201">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118201_0_">
                      <gml:posList srsDimension="3">384898.270931719 5821302.91903142 33.19 384898.271165906 5821302.91938046 44.22 384908.237222876 5821303.12203842 44.22 384908.236988686 5821303.12168938 33.19 384898.270931719 5821302.91903142 33.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118200">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118200_0_">
                      <gml:posList srsDimension="3">384908.236988686 5821303.12168938 33.19 384908.237222876 5821303.12203842 44.22 384908.283785334 5821282.41753869 44.22 384908.283551144 5821282.41718965 33.19 384908.236988686 5821303.12168938 33.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118197">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118197_0_">
                      <gml:posList srsDimension="3">384903.576560453 5821254.83863353 33.189998626709 384903.576794558 5821254.83898244 44.2160715571652 384894.263648208 5821257.52688277 44.2160715571652 384894.263414105 5821257.52653386 33.189998626709 384903.576560453 5821254.83863353 33.189998626709</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118195">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118195_0_">
                      <gml:posList srsDimension="3">384907.274942225 5821271.23865911 33.189998626709 384907.275176332 5821271.23900802 44.2160715571652 384903.576794558 5821254.83898244 44.2160715571652 384903.576560453 5821254.83863353 33.189998626709 384907.274942225 5821271.23865911 33.189998626709</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118202">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118202_0_">
                      <gml:posList srsDimension="3">384908.283551144 5821282.41718965 33.19 384908.283785334 5821282.41753869 44.22 384903.352159309 5821282.53966208 47.21 384898.420406247 5821282.66159623 44.22 384898.420172059 5821282.66124719 33.19 384903.351861636 5821282.53921842 33.19 384908.283551144 5821282.41718965 33.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118203">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118203_0_">
                      <gml:posList srsDimension="3">384908.250172222 5821282.44322192 33.19 384908.250406412 5821282.44357096 44.22 384907.274052458 5821271.23914153 44.22 384907.273818268 5821271.23879249 33.19 384908.250172222 5821282.44322192 33.19</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="UUID_3ae9c946-be1d-47c3-a868-b37591667461">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_9fe19860-18ef-49b3-9801-18e30f89613e">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118211">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118211_0_">
                      <gml:posList srsDimension="3">384903.27087139 5821299.54522123 47.21 384908.237222876 5821303.12203842 44.22 384898.271165906 5821302.91938046 44.22 384903.27087139 5821299.54522123 47.21</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118210">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118210_0_">
                      <gml:posList srsDimension="3">384902.299827635 5821271.82954376 47.2058684226801 384897.324351912 5821272.41989029 44.2160715571652 384894.263648208 5821257.52688277 44.2160715571652 384899.957355753 5821260.98443041 47.2058684226801 384902.299827635 5821271.82954376 47.2058684226801</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118215">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118215_0_">
                      <gml:posList srsDimension="3">384903.317725931 5821282.53752032 47.21 384898.384918414 5821282.63128045 44.22 384897.327168727 5821272.41955614 44.22 384902.30067411 5821271.82944345 47.21 384903.317725931 5821282.53752032 47.21</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118214">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118214_0_">
                      <gml:posList srsDimension="3">384908.250406412 5821282.44357096 44.22 384903.317725931 5821282.53752032 47.21 384902.30067411 5821271.82944345 47.21 384907.274052458 5821271.23914153 44.22 384908.250406412 5821282.44357096 44.22</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118208">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118208_0_">
                      <gml:posList srsDimension="3">384899.957355753 5821260.98443041 47.2058684226801 384894.263648208 5821257.52688277 44.2160715571652 384903.576794558 5821254.83898244 44.2160715571652 384899.957355753 5821260.98443041 47.2058684226801</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118209">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118209_0_">
                      <gml:posList srsDimension="3">384907.275176332 5821271.23900802 44.2160715571652 384902.299827635 5821271.82954376 47.2058684226801 384899.957355753 5821260.98443041 47.2058684226801 384903.576794558 5821254.83898244 44.2160715571652 384907.275176332 5821271.23900802 44.2160715571652</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118213">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118213_0_">
                      <gml:posList srsDimension="3">384903.352159309 5821282.53966208 47.21 384908.283785334 5821282.41753869 44.22 384908.237222876 5821303.12203842 44.22 384903.27087139 5821299.54522123 47.21 384903.352159309 5821282.53966208 47.21</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
              <gml:surfaceMember>
                <gml:Polygon gml:id="GEOM_6118212">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GEOM_6118212_0_">
                      <gml:posList srsDimension="3">384898.420406247 5821282.66159623 44.22 384903.352159309 5821282.53966208 47.21 384903.27087139 5821299.54522123 47.21 384898.271165906 5821302.91938046 44.22 384898.420406247 5821282.66159623 44.22</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:address>
        <Address>
          <xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:Locality Type="City">
                  <xAL:LocalityName>Berlin</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>3</xAL:ThoroughfareNumber>
                    <xAL:ThoroughfareName>Scheinerweg</xAL:ThoroughfareName>
                  </xAL:Thoroughfare>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </xalAddress>
        </Address>
      </bldg:address>
      <bldg:address>
        <Address>
          <xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:Locality Type="City">
                  <xAL:LocalityName>Berlin</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>1</xAL:ThoroughfareNumber>
                    <xAL:ThoroughfareName>Scheinerweg</xAL:ThoroughfareName>
                  </xAL:Thoroughfare>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </xalAddress>
        </Address>
      </bldg:address>
      <bldg:address>
        <Address>
          <xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:Locality Type="City">
                  <xAL:LocalityName>Berlin</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>5</xAL:ThoroughfareNumber>
                    <xAL:ThoroughfareName>Scheinerweg</xAL:ThoroughfareName>
                  </xAL:Thoroughfare>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </xalAddress>
        </Address>
      </bldg:address>
    </bldg:Building>
  </cityObjectMember>
  <cityObjectMember>
    <bldg:Building gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f">
      <gml:boundedBy>
        <gml:Envelope srsName="urn:ogc:def:crs:EPSG::25833" srsDimension="3">
          <gml:lowerCorner>384840.389 5821259.974 33.15</gml:lowerCorner>
          <gml:upperCorner>384858.242 5821364.924 50.05</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <creationDate>2014-07-09</creationDate>
      <externalReference>
        <informationSystem>http://www.stadtentwicklung.berlin.de/</informationSystem>
        <externalObject>
          <name>D007W7V</name>
        </externalObject>
      </externalReference>
      <bldg:roofType>3200</bldg:roofType>
      <bldg:measuredHeight>16.902</bldg:measuredHeight>
      <bldg:lod2Solid>
        <gml:Solid gml:id="UUID_cd1ea25d-afbe-45fc-a89d-ca29da2575d1">
          <gml:exterior>
            <gml:CompositeSurface gml:id="UUID_6e99062f-11d9-49be-8e26-7e5b6a3bedd1">
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1de508ab-a01e-41af-ac20-f8e119c6dd76_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7896a289-a6de-46bb-876a-07cde48c9569_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_4d983a39-b755-466e-82e4-e4a95f90db3f_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_9017e0f0-af99-40d3-bcb8-822676ad37b1_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_24d0b310-8deb-4c79-a1b4-7f091275656a_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f22232d3-9962-4e98-9138-a32c8425b378_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7922b309-9bde-4146-a2df-6ff15b783681_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b3ecc6a5-debe-4f19-9511-070d25601ee5_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b38f037f-8a93-49a8-be53-cddd1feccea5_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_ec635228-78fb-4b99-a88f-58eaaf025c18_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_83a983cc-9e62-407f-8e6f-3629760e789b_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_89177bd1-0c39-4686-8f95-7e1513b0a624_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_63061a45-155d-4853-9751-398c2b5711e3_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_664967e6-a60c-4573-b17d-139a0f0f6de7_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_065fad6f-b6d8-4912-b29f-c3c3cdf42aef_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_3351b855-8887-49a8-b448-9ca0e3c4424a_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b662e4ff-275e-4dae-a479-6a69f49517ea_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_8644b9d2-652f-4683-9c46-f7cff0a6f92e_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_009d16e1-1959-4925-8ad3-8d2ccf76ed9f_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b5a58d82-b332-48d5-8fce-8e8209f6299d_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1818d0b5-9025-437a-9214-93fd6e77d47e_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_db76d394-33ae-4d7c-b78d-c0317b9fd62e_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_a96f2bdc-6dc3-473d-8e24-d6393e4edc09_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f700af6b-a791-4261-890c-299857eaaefd_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_2f389b95-4694-4549-9ed1-c04ff1600e3a_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b427b339-1082-406a-a48e-6999f030dc3d_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_42072139-c4c9-42bb-9483-2a219c71d93e_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f13d3202-8d11-408f-99e5-26a1ba0ce6b1_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_4c0dc732-4a4f-46fb-8f04-51c0e220f648_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_822e5027-d6a1-4d11-bdac-c38dcbd5168f_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_ddc5392a-2a8f-402e-a790-022dc4ced9df_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7288d90b-76b7-4f95-a840-757434406427_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_e3622cb6-6ab0-4249-862c-c1cefc7b73e1_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_53952af7-2824-4acd-ac86-b250fae34030_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_3031fbcb-c9ac-4305-8605-69ba5a6829be_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_967a6a60-a33f-4f2a-8d7c-1c332a1a261a_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_68dece7a-82a3-40b3-ba40-507cd2e9a92a_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_8593ee66-e14d-4270-bfb8-d51c808a8844_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_17f5701b-deb0-469d-8485-a997e5d780d4_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_bc454ad9-b91a-4da6-890b-9fb6b883ce79_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_27c13695-ff06-4395-b1c2-d3cd45d04801_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1962fd2e-9833-4a43-861e-15b1b09daf84_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_71d0089f-1b5f-49cd-8296-9e108613c8e9_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_747f1064-91be-4ab0-a610-89c3214e6920_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_66134bcd-6fb1-433d-9610-3c22d8e82d53_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_564fe625-936a-479c-a34f-352426548957_poly"/>
              <gml:surfaceMember xlink:href="#DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_c488b447-a659-456e-a3f7-929748d1b5f3_poly"/>
            </gml:CompositeSurface>
          </gml:exterior>
        </gml:Solid>
      </bldg:lod2Solid>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_68dece7a-82a3-40b3-ba40-507cd2e9a92a">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_fef61989-5c68-44b2-a0e3-116cc1ce6e40">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_68dece7a-82a3-40b3-ba40-507cd2e9a92a_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_68dece7a-82a3-40b3-ba40-507cd2e9a92a_poly_0_">
                      <gml:posList srsDimension="3">384846.373 5821359.84 50.05 384850.73 5821364.683 46.852 384850.689 5821364.924 46.651 384840.389 5821362.842 46.651 384846.373 5821359.84 50.05</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_c488b447-a659-456e-a3f7-929748d1b5f3">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_a255462a-af3b-426a-8be1-b6b4750f3ebd">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_c488b447-a659-456e-a3f7-929748d1b5f3_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_c488b447-a659-456e-a3f7-929748d1b5f3_poly_0_">
                      <gml:posList srsDimension="3">384843.435 5821347.78 47.014 384845.673 5821336.71 47.288 384846.339 5821333.192 47.347 384847.121 5821328.253 47.335 384847.476 5821325.363 47.264 384846.373 5821359.84 50.05 384840.389 5821362.842 46.651 384843.435 5821347.78 47.014</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1de508ab-a01e-41af-ac20-f8e119c6dd76">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_eff35e4d-e8b7-4199-8442-6e36e971d09c">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1de508ab-a01e-41af-ac20-f8e119c6dd76_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1de508ab-a01e-41af-ac20-f8e119c6dd76_poly_0_">
                      <gml:posList srsDimension="3">384850.7 5821260.152 46.669 384851.377 5821259.974 46.659 384851.443 5821260.236 46.924 384847.059 5821264.608 50.05 384841.532 5821262.597 46.834 384841.489 5821262.424 46.659 384850.7 5821260.152 46.669</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_4d983a39-b755-466e-82e4-e4a95f90db3f">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_c1dee5ac-f9de-470f-9f0e-20ea7e7e2f4c">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_4d983a39-b755-466e-82e4-e4a95f90db3f_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_4d983a39-b755-466e-82e4-e4a95f90db3f_poly_0_">
                      <gml:posList srsDimension="3">384847.059 5821264.608 50.05 384854.352 5821311.271 50.05 384844.766 5821275.835 47.553 384844.346 5821274.007 47.47 384841.532 5821262.597 46.834 384847.059 5821264.608 50.05</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7922b309-9bde-4146-a2df-6ff15b783681">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_31da90b7-85a9-464b-83e5-99c0e16a6dd1">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7922b309-9bde-4146-a2df-6ff15b783681_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7922b309-9bde-4146-a2df-6ff15b783681_poly_0_">
                      <gml:posList srsDimension="3">384854.352 5821311.271 50.05 384848.245 5821316.813 46.875 384848.428 5821313.316 47.158 384848.515 5821308.316 47.481 384848.428 5821303.317 47.721 384848.166 5821298.323 47.88 384847.73 5821293.342 47.956 384847.121 5821288.379 47.95 384846.339 5821283.44 47.862 384845.385 5821278.532 47.691 384844.766 5821275.835 47.553 384854.352 5821311.271 50.05</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_a96f2bdc-6dc3-473d-8e24-d6393e4edc09">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_ec47d7be-94e6-41ba-b62f-888732e8df6b">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_a96f2bdc-6dc3-473d-8e24-d6393e4edc09_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_a96f2bdc-6dc3-473d-8e24-d6393e4edc09_poly_0_">
                      <gml:posList srsDimension="3">384854.352 5821311.271 50.05 384851.283 5821361.393 46.844 384850.73 5821364.683 46.852 384846.373 5821359.84 50.05 384854.352 5821311.271 50.05</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_db76d394-33ae-4d7c-b78d-c0317b9fd62e">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_d0510cab-aac2-48d5-8e81-e41e5f1c9d84">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_db76d394-33ae-4d7c-b78d-c0317b9fd62e_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_db76d394-33ae-4d7c-b78d-c0317b9fd62e_poly_0_">
                      <gml:posList srsDimension="3">384847.476 5821325.363 47.264 384847.73 5821323.29 47.211 384848.166 5821318.309 46.977 384848.245 5821316.813 46.875 384854.352 5821311.271 50.05 384846.373 5821359.84 50.05 384847.476 5821325.363 47.264</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_967a6a60-a33f-4f2a-8d7c-1c332a1a261a">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_4034646e-57f4-4a52-b00d-ecfca9c62082">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_967a6a60-a33f-4f2a-8d7c-1c332a1a261a_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_967a6a60-a33f-4f2a-8d7c-1c332a1a261a_poly_0_">
                      <gml:posList srsDimension="3">384857.854 5821296.159 47.381 384858.17 5821302.184 47.666 384858.242 5821304.818 47.82 384858.164 5821307.812 48.068 384854.352 5821311.271 50.05 384847.059 5821264.608 50.05 384857.854 5821296.159 47.381</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1818d0b5-9025-437a-9214-93fd6e77d47e">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_4425fdbe-9a98-4b18-89a5-9b56f3c0a03a">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1818d0b5-9025-437a-9214-93fd6e77d47e_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1818d0b5-9025-437a-9214-93fd6e77d47e_poly_0_">
                      <gml:posList srsDimension="3">384851.443 5821260.236 46.924 384851.782 5821261.576 46.882 384853.89 5821270.71 46.714 384854.285 5821272.6 46.704 384856.202 5821282.702 46.764 384857.125 5821288.158 46.863 384857.301 5821289.763 46.949 384857.844 5821295.966 47.364 384857.854 5821296.159 47.381 384847.059 5821264.608 50.05 384851.443 5821260.236 46.924</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_3031fbcb-c9ac-4305-8605-69ba5a6829be">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_4f91b457-f614-4cc7-a0b7-8e4a7c5fb3f4">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_3031fbcb-c9ac-4305-8605-69ba5a6829be_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_3031fbcb-c9ac-4305-8605-69ba5a6829be_poly_0_">
                      <gml:posList srsDimension="3">384854.352 5821311.271 50.05 384858.164 5821307.812 48.068 384858.109 5821309.949 47.886 384857.595 5821319.756 47.205 384857.483 5821321.296 47.118 384857.451 5821321.764 47.09 384857.089 5821325.894 46.892 384856.584 5821330.008 46.784 384855.936 5821334.103 46.765 384855.385 5821337.013 46.807 384851.283 5821361.393 46.844 384854.352 5821311.271 50.05</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_ddc5392a-2a8f-402e-a790-022dc4ced9df">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_d26a198a-ff0a-4096-9b7b-11144fb8e26e">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_ddc5392a-2a8f-402e-a790-022dc4ced9df_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_ddc5392a-2a8f-402e-a790-022dc4ced9df_poly_0_">
                      <gml:posList srsDimension="3">384840.389 5821362.842 33.15 384840.389 5821362.842 46.651 384850.689 5821364.924 46.651 384850.689 5821364.924 33.15 384840.389 5821362.842 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_63061a45-155d-4853-9751-398c2b5711e3">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_0112932f-a909-4c9e-97ad-b5f4f4728f5f">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_63061a45-155d-4853-9751-398c2b5711e3_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_63061a45-155d-4853-9751-398c2b5711e3_poly_0_">
                      <gml:posList srsDimension="3">384847.121 5821328.253 33.15 384847.121 5821328.253 47.335 384846.339 5821333.192 47.347 384846.339 5821333.192 33.15 384847.121 5821328.253 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_8593ee66-e14d-4270-bfb8-d51c808a8844">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_fa595656-3fdb-4da5-895f-0813ded66a36">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_8593ee66-e14d-4270-bfb8-d51c808a8844_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_8593ee66-e14d-4270-bfb8-d51c808a8844_poly_0_">
                      <gml:posList srsDimension="3">384846.339 5821333.192 33.15 384846.339 5821333.192 47.347 384845.673 5821336.71 47.288 384845.673 5821336.71 33.15 384846.339 5821333.192 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_66134bcd-6fb1-433d-9610-3c22d8e82d53">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_0473f354-bd8c-41a1-bcfb-42c2f4fb7621">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_66134bcd-6fb1-433d-9610-3c22d8e82d53_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_66134bcd-6fb1-433d-9610-3c22d8e82d53_poly_0_">
                      <gml:posList srsDimension="3">384851.377 5821259.974 33.15 384851.377 5821259.974 46.659 384850.7 5821260.152 46.669 384850.7 5821260.152 33.15 384851.377 5821259.974 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_53952af7-2824-4acd-ac86-b250fae34030">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_1fb3a4ea-a6af-48f9-9a1b-7e7e80d03d3a">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_53952af7-2824-4acd-ac86-b250fae34030_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_53952af7-2824-4acd-ac86-b250fae34030_poly_0_">
                      <gml:posList srsDimension="3">384850.7 5821260.152 33.15 384850.7 5821260.152 46.669 384841.489 5821262.424 46.659 384841.489 5821262.424 33.15 384850.7 5821260.152 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_2f389b95-4694-4549-9ed1-c04ff1600e3a">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_d9f44f94-8214-461a-b062-b48c76bf73a9">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_2f389b95-4694-4549-9ed1-c04ff1600e3a_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_2f389b95-4694-4549-9ed1-c04ff1600e3a_poly_0_">
                      <gml:posList srsDimension="3">384845.385 5821278.532 33.15 384845.385 5821278.532 47.691 384846.339 5821283.44 47.862 384846.339 5821283.44 33.15 384845.385 5821278.532 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_17f5701b-deb0-469d-8485-a997e5d780d4">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_2ba19443-c6d5-47cf-8fc4-cf5479384cdd">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_17f5701b-deb0-469d-8485-a997e5d780d4_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_17f5701b-deb0-469d-8485-a997e5d780d4_poly_0_">
                      <gml:posList srsDimension="3">384846.339 5821283.44 33.15 384846.339 5821283.44 47.862 384847.121 5821288.379 47.95 384847.121 5821288.379 33.15 384846.339 5821283.44 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f22232d3-9962-4e98-9138-a32c8425b378">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_8e4f69f9-b31b-45d4-b244-fde93b3ca08d">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f22232d3-9962-4e98-9138-a32c8425b378_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f22232d3-9962-4e98-9138-a32c8425b378_poly_0_">
                      <gml:posList srsDimension="3">384847.121 5821288.379 33.15 384847.121 5821288.379 47.95 384847.73 5821293.342 47.956 384847.73 5821293.342 33.15 384847.121 5821288.379 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7288d90b-76b7-4f95-a840-757434406427">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_f1a7b8b0-7917-4792-9f73-cbfa3c97ef1d">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7288d90b-76b7-4f95-a840-757434406427_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7288d90b-76b7-4f95-a840-757434406427_poly_0_">
                      <gml:posList srsDimension="3">384847.73 5821293.342 33.15 384847.73 5821293.342 47.956 384848.166 5821298.323 47.88 384848.166 5821298.323 33.15 384847.73 5821293.342 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_3351b855-8887-49a8-b448-9ca0e3c4424a">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_3ddcfbd1-3bb7-469c-9f16-daa393dff90b">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_3351b855-8887-49a8-b448-9ca0e3c4424a_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_3351b855-8887-49a8-b448-9ca0e3c4424a_poly_0_">
                      <gml:posList srsDimension="3">384848.166 5821298.323 33.15 384848.166 5821298.323 47.88 384848.428 5821303.317 47.721 384848.428 5821303.317 33.15 384848.166 5821298.323 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f13d3202-8d11-408f-99e5-26a1ba0ce6b1">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_fd7b2ac7-08b7-4d21-9f64-b06e285ff968">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f13d3202-8d11-408f-99e5-26a1ba0ce6b1_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f13d3202-8d11-408f-99e5-26a1ba0ce6b1_poly_0_">
                      <gml:posList srsDimension="3">384848.428 5821303.317 33.15 384848.428 5821303.317 47.721 384848.515 5821308.316 47.481 384848.515 5821308.316 33.15 384848.428 5821303.317 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_71d0089f-1b5f-49cd-8296-9e108613c8e9">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_8d5c8e4c-823f-49ba-b201-9eb5739b8d70">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_71d0089f-1b5f-49cd-8296-9e108613c8e9_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_71d0089f-1b5f-49cd-8296-9e108613c8e9_poly_0_">
                      <gml:posList srsDimension="3">384848.515 5821308.316 33.15 384848.515 5821308.316 47.481 384848.428 5821313.316 47.158 384848.428 5821313.316 33.15 384848.515 5821308.316 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7896a289-a6de-46bb-876a-07cde48c9569">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_3c952748-eea9-45ad-9aa5-9b0652dc17d8">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7896a289-a6de-46bb-876a-07cde48c9569_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_7896a289-a6de-46bb-876a-07cde48c9569_poly_0_">
                      <gml:posList srsDimension="3">384848.166 5821318.309 33.15 384848.166 5821318.309 46.977 384847.73 5821323.29 47.211 384847.73 5821323.29 33.15 384848.166 5821318.309 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_065fad6f-b6d8-4912-b29f-c3c3cdf42aef">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_bd9cb3d2-53fd-4ba1-83a9-c61eca2a80f9">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_065fad6f-b6d8-4912-b29f-c3c3cdf42aef_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_065fad6f-b6d8-4912-b29f-c3c3cdf42aef_poly_0_">
                      <gml:posList srsDimension="3">384858.242 5821304.818 33.15 384858.242 5821304.818 47.82 384858.17 5821302.184 47.666 384858.17 5821302.184 33.15 384858.242 5821304.818 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_24d0b310-8deb-4c79-a1b4-7f091275656a">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_e80854b5-5c47-440d-8c55-31abc2d79ad7">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_24d0b310-8deb-4c79-a1b4-7f091275656a_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_24d0b310-8deb-4c79-a1b4-7f091275656a_poly_0_">
                      <gml:posList srsDimension="3">384857.844 5821295.966 33.15 384857.844 5821295.966 47.364 384857.301 5821289.763 46.949 384857.301 5821289.763 33.15 384857.844 5821295.966 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b3ecc6a5-debe-4f19-9511-070d25601ee5">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_3769626b-f1c9-4239-b4b9-d8061b9da31a">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b3ecc6a5-debe-4f19-9511-070d25601ee5_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b3ecc6a5-debe-4f19-9511-070d25601ee5_poly_0_">
                      <gml:posList srsDimension="3">384857.301 5821289.763 33.15 384857.301 5821289.763 46.949 384857.125 5821288.158 46.863 384857.125 5821288.158 33.15 384857.301 5821289.763 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b662e4ff-275e-4dae-a479-6a69f49517ea">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_d7b2e0fa-4435-4757-b811-fae0886144f9">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b662e4ff-275e-4dae-a479-6a69f49517ea_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b662e4ff-275e-4dae-a479-6a69f49517ea_poly_0_">
                      <gml:posList srsDimension="3">384857.125 5821288.158 33.15 384857.125 5821288.158 46.863 384856.202 5821282.702 46.764 384856.202 5821282.702 33.15 384857.125 5821288.158 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_89177bd1-0c39-4686-8f95-7e1513b0a624">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_d8b71351-dff4-4584-b19c-a3f983d3e8c8">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_89177bd1-0c39-4686-8f95-7e1513b0a624_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_89177bd1-0c39-4686-8f95-7e1513b0a624_poly_0_">
                      <gml:posList srsDimension="3">384856.202 5821282.702 33.15 384856.202 5821282.702 46.764 384854.285 5821272.6 46.704 384854.285 5821272.6 33.15 384856.202 5821282.702 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_42072139-c4c9-42bb-9483-2a219c71d93e">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_cd12d314-f199-4816-886b-b49ac3d38ce0">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_42072139-c4c9-42bb-9483-2a219c71d93e_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_42072139-c4c9-42bb-9483-2a219c71d93e_poly_0_">
                      <gml:posList srsDimension="3">384854.285 5821272.6 33.15 384854.285 5821272.6 46.704 384853.89 5821270.71 46.714 384853.89 5821270.71 33.15 384854.285 5821272.6 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_664967e6-a60c-4573-b17d-139a0f0f6de7">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_c1024bac-27fd-4b8f-a6b4-f8af98b3cb5a">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_664967e6-a60c-4573-b17d-139a0f0f6de7_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_664967e6-a60c-4573-b17d-139a0f0f6de7_poly_0_">
                      <gml:posList srsDimension="3">384853.89 5821270.71 33.15 384853.89 5821270.71 46.714 384851.782 5821261.576 46.882 384851.782 5821261.576 33.15 384853.89 5821270.71 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b38f037f-8a93-49a8-be53-cddd1feccea5">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_07fae318-94ea-46bc-b13c-12a7a488385e">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b38f037f-8a93-49a8-be53-cddd1feccea5_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b38f037f-8a93-49a8-be53-cddd1feccea5_poly_0_">
                      <gml:posList srsDimension="3">384855.385 5821337.013 33.15 384855.385 5821337.013 46.807 384855.936 5821334.103 46.765 384855.936 5821334.103 33.15 384855.385 5821337.013 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f700af6b-a791-4261-890c-299857eaaefd">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_7ba55eac-021f-469b-b5f3-1914cbcf43d8">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f700af6b-a791-4261-890c-299857eaaefd_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_f700af6b-a791-4261-890c-299857eaaefd_poly_0_">
                      <gml:posList srsDimension="3">384855.936 5821334.103 33.15 384855.936 5821334.103 46.765 384856.584 5821330.008 46.784 384856.584 5821330.008 33.15 384855.936 5821334.103 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_009d16e1-1959-4925-8ad3-8d2ccf76ed9f">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_354edb1c-6362-40f3-940a-fc45c481007f">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_009d16e1-1959-4925-8ad3-8d2ccf76ed9f_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_009d16e1-1959-4925-8ad3-8d2ccf76ed9f_poly_0_">
                      <gml:posList srsDimension="3">384856.584 5821330.008 33.15 384856.584 5821330.008 46.784 384857.089 5821325.894 46.892 384857.089 5821325.894 33.15 384856.584 5821330.008 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1962fd2e-9833-4a43-861e-15b1b09daf84">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_340d7974-d126-475e-8bc9-d0fbe3de066c">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1962fd2e-9833-4a43-861e-15b1b09daf84_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_1962fd2e-9833-4a43-861e-15b1b09daf84_poly_0_">
                      <gml:posList srsDimension="3">384857.089 5821325.894 33.15 384857.089 5821325.894 46.892 384857.451 5821321.764 47.09 384857.451 5821321.764 33.15 384857.089 5821325.894 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_bc454ad9-b91a-4da6-890b-9fb6b883ce79">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_d989c668-ee5d-4061-83a2-986a8aae28d1">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_bc454ad9-b91a-4da6-890b-9fb6b883ce79_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_bc454ad9-b91a-4da6-890b-9fb6b883ce79_poly_0_">
                      <gml:posList srsDimension="3">384857.451 5821321.764 33.15 384857.451 5821321.764 47.09 384857.483 5821321.296 47.118 384857.483 5821321.296 33.15 384857.451 5821321.764 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_9017e0f0-af99-40d3-bcb8-822676ad37b1">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_db8908cf-ab26-426f-8507-e9db1abbfdae">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_9017e0f0-af99-40d3-bcb8-822676ad37b1_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_9017e0f0-af99-40d3-bcb8-822676ad37b1_poly_0_">
                      <gml:posList srsDimension="3">384857.483 5821321.296 33.15 384857.483 5821321.296 47.118 384857.595 5821319.756 47.205 384857.595 5821319.756 33.15 384857.483 5821321.296 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b5a58d82-b332-48d5-8fce-8e8209f6299d">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_f746309e-6ae8-417b-8c86-4d8bdc0c4a65">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b5a58d82-b332-48d5-8fce-8e8209f6299d_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b5a58d82-b332-48d5-8fce-8e8209f6299d_poly_0_">
                      <gml:posList srsDimension="3">384857.595 5821319.756 33.15 384857.595 5821319.756 47.205 384858.109 5821309.949 47.886 384858.109 5821309.949 33.15 384857.595 5821319.756 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:GroundSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_83a983cc-9e62-407f-8e6f-3629760e789b">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_cc447dab-30f9-4883-8859-40b4a498d679">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_83a983cc-9e62-407f-8e6f-3629760e789b_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_83a983cc-9e62-407f-8e6f-3629760e789b_poly_0_">
                      <gml:posList srsDimension="3">384858.17 5821302.184 33.15 384857.854 5821296.159 33.15 384857.844 5821295.966 33.15 384857.301 5821289.763 33.15 384857.125 5821288.158 33.15 384856.202 5821282.702 33.15 384854.285 5821272.6 33.15 384853.89 5821270.71 33.15 384851.782 5821261.576 33.15 384851.443 5821260.236 33.15 384851.377 5821259.974 33.15 384850.7 5821260.152 33.15 384841.489 5821262.424 33.15 384841.532 5821262.597 33.15 384844.346 5821274.007 33.15 384844.766 5821275.835 33.15 384845.385 5821278.532 33.15 384846.339 5821283.44 33.15 384847.121 5821288.379 33.15 384847.73 5821293.342 33.15 384848.166 5821298.323 33.15 384848.428 5821303.317 33.15 384848.515 5821308.316 33.15 384848.428 5821313.316 33.15 384848.245 5821316.813 33.15 384848.166 5821318.309 33.15 384847.73 5821323.29 33.15 384847.476 5821325.363 33.15 384847.121 5821328.253 33.15 384846.339 5821333.192 33.15 384845.673 5821336.71 33.15 384843.435 5821347.78 33.15 384840.389 5821362.842 33.15 384850.689 5821364.924 33.15 384850.73 5821364.683 33.15 384851.283 5821361.393 33.15 384855.385 5821337.013 33.15 384855.936 5821334.103 33.15 384856.584 5821330.008 33.15 384857.089 5821325.894 33.15 384857.451 5821321.764 33.15 384857.483 5821321.296 33.15 384857.595 5821319.756 33.15 384858.109 5821309.949 33.15 384858.164 5821307.812 33.15 384858.242 5821304.818 33.15 384858.17 5821302.184 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:GroundSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b427b339-1082-406a-a48e-6999f030dc3d">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_1f3ff2b8-44f4-454b-a198-f02e2faa1e67">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b427b339-1082-406a-a48e-6999f030dc3d_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_b427b339-1082-406a-a48e-6999f030dc3d_poly_0_">
                      <gml:posList srsDimension="3">384851.283 5821361.393 46.844 384855.385 5821337.013 46.807 384855.385 5821337.013 33.15 384851.283 5821361.393 33.15 384850.73 5821364.683 33.15 384850.689 5821364.924 33.15 384850.689 5821364.924 46.651 384850.73 5821364.683 46.852 384851.283 5821361.393 46.844</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_27c13695-ff06-4395-b1c2-d3cd45d04801">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_a88ef970-2ac8-4b2b-8830-19a03b07597f">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_27c13695-ff06-4395-b1c2-d3cd45d04801_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_27c13695-ff06-4395-b1c2-d3cd45d04801_poly_0_">
                      <gml:posList srsDimension="3">384857.844 5821295.966 47.364 384857.844 5821295.966 33.15 384857.854 5821296.159 33.15 384858.17 5821302.184 33.15 384858.17 5821302.184 47.666 384857.854 5821296.159 47.381 384857.844 5821295.966 47.364</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_822e5027-d6a1-4d11-bdac-c38dcbd5168f">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_92b8a154-196f-4eb7-a447-6235b2cc4c18">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_822e5027-d6a1-4d11-bdac-c38dcbd5168f_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_822e5027-d6a1-4d11-bdac-c38dcbd5168f_poly_0_">
                      <gml:posList srsDimension="3">384858.242 5821304.818 47.82 384858.242 5821304.818 33.15 384858.164 5821307.812 33.15 384858.109 5821309.949 33.15 384858.109 5821309.949 47.886 384858.164 5821307.812 48.068 384858.242 5821304.818 47.82</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_747f1064-91be-4ab0-a610-89c3214e6920">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_66bc7b98-179d-4de4-a036-7d978112c293">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_747f1064-91be-4ab0-a610-89c3214e6920_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_747f1064-91be-4ab0-a610-89c3214e6920_poly_0_">
                      <gml:posList srsDimension="3">384848.245 5821316.813 33.15 384848.428 5821313.316 33.15 384848.428 5821313.316 47.158 384848.245 5821316.813 46.875 384848.166 5821318.309 46.977 384848.166 5821318.309 33.15 384848.245 5821316.813 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_4c0dc732-4a4f-46fb-8f04-51c0e220f648">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_7599838e-a22e-4eb3-833a-7abfe8611d7c">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_4c0dc732-4a4f-46fb-8f04-51c0e220f648_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_4c0dc732-4a4f-46fb-8f04-51c0e220f648_poly_0_">
                      <gml:posList srsDimension="3">384844.346 5821274.007 47.47 384844.766 5821275.835 47.553 384845.385 5821278.532 47.691 384845.385 5821278.532 33.15 384844.766 5821275.835 33.15 384844.346 5821274.007 33.15 384844.346 5821274.007 47.47</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_ec635228-78fb-4b99-a88f-58eaaf025c18">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_bff6e4d9-f061-42ac-839f-b354e07dfef8">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_ec635228-78fb-4b99-a88f-58eaaf025c18_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_ec635228-78fb-4b99-a88f-58eaaf025c18_poly_0_">
                      <gml:posList srsDimension="3">384851.377 5821259.974 46.659 384851.377 5821259.974 33.15 384851.443 5821260.236 33.15 384851.782 5821261.576 33.15 384851.782 5821261.576 46.882 384851.443 5821260.236 46.924 384851.377 5821259.974 46.659</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_e3622cb6-6ab0-4249-862c-c1cefc7b73e1">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_f3797715-22f0-4515-9e37-9d58ce1cb6b0">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_e3622cb6-6ab0-4249-862c-c1cefc7b73e1_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_e3622cb6-6ab0-4249-862c-c1cefc7b73e1_poly_0_">
                      <gml:posList srsDimension="3">384841.489 5821262.424 46.659 384841.532 5821262.597 46.834 384844.346 5821274.007 47.47 384844.346 5821274.007 33.15 384841.532 5821262.597 33.15 384841.489 5821262.424 33.15 384841.489 5821262.424 46.659</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_8644b9d2-652f-4683-9c46-f7cff0a6f92e">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_03077aa3-9e56-42cc-a49c-c32e6bff92b5">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_8644b9d2-652f-4683-9c46-f7cff0a6f92e_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_8644b9d2-652f-4683-9c46-f7cff0a6f92e_poly_0_">
                      <gml:posList srsDimension="3">384843.435 5821347.78 33.15 384845.673 5821336.71 33.15 384845.673 5821336.71 47.288 384843.435 5821347.78 47.014 384840.389 5821362.842 46.651 384840.389 5821362.842 33.15 384843.435 5821347.78 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_564fe625-936a-479c-a34f-352426548957">
          <creationDate>2014-07-09</creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_ef48169e-922c-4e33-9fa7-10df72c8ccdb">
              <gml:surfaceMember>
                <gml:Polygon gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_564fe625-936a-479c-a34f-352426548957_poly">
                  <gml:exterior>
                    <gml:LinearRing gml:id="DEB_LOD2_UUID_78483539-d1ab-4680-9f61-e9e80f71290f_564fe625-936a-479c-a34f-352426548957_poly_0_">
                      <gml:posList srsDimension="3">384847.476 5821325.363 33.15 384847.73 5821323.29 33.15 384847.73 5821323.29 47.211 384847.476 5821325.363 47.264 384847.121 5821328.253 47.335 384847.121 5821328.253 33.15 384847.476 5821325.363 33.15</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:address>
        <Address>
          <xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:CountryName>Germany</xAL:CountryName>
                <xAL:Locality Type="City">
                  <xAL:LocalityName>Berlin</xAL:LocalityName>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </xalAddress>
        </Address>
      </bldg:address>
    </bldg:Building>
  </cityObjectMember>
</CityModel>