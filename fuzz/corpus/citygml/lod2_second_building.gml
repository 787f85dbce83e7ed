<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<core:CityModel xmlns="http://www.opengis.net/citygml/1.0" xmlns:core="http://www.opengis.net/citygml/1.0" xmlns:gen="http://www.opengis.net/citygml/generics/1.0" xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/1.0" xmlns:app="http://www.opengis.net/citygml/appearance/1.0" xmlns:bldg="http://www.opengis.net/citygml/building/1.0" xmlns:gml="http://www.opengis.net/gml" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/citygml/1.0 http://repository.gdi-de.org/schemas/adv/citygml/1.0/cityGMLBaseLoD2.xsd http://www.opengis.net/citygml/building/1.0 http://repository.gdi-de.org/schemas/adv/citygml/building/1.0/buildingLoD2.xsd http://www.opengis.net/citygml/appearance/1.0 http://repository.gdi-de.org/schemas/adv/citygml/appearance/1.0/appearanceLoD2.xsd http://www.opengis.net/citygml/generics/1.0 http://repository.gdi-de.org/schemas/adv/citygml/generics/1.0/genericsLoD2.xsd http://www.opengis.net/citygml/cityobjectgroup/1.0 http://repository.gdi-de.org/schemas/adv/citygml/cityobjectgroup/1.0/cityObjectGroupLoD2.xsd">
  <gml:name>LoD2_32_328_5732_1_NW</gml:name>
  <gml:boundedBy>
    <gml:Envelope srsName="urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016">
      <gml:lowerCorner srsDimension="3">328000.0 5732000.0 16.916</gml:lowerCorner>
      <gml:upperCorner srsDimension="3">329000.0 5733000.0 34.759</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <core:cityObjectMember>
    <bldg:Building gml:id="DENW34AL0000rEuW">
      <core:creationDate>2021-01-23</core:creationDate>
      <core:externalReference>
        <core:informationSystem>http://repository.gdi-de.org/schemas/adv/citygml/fdv/art.htm#_9100</core:informationSystem>
        <core:externalObject>
          <core:name>DENW34AL0000rEuW</core:name>
        </core:externalObject>
      </core:externalReference>
      <gen:stringAttribute name="DatenquelleDachhoehe">
        <gen:value>1000</gen:value>
      </gen:stringAttribute>
      <gen:stringAttribute name="Geometrietyp2DReferenz">
        <gen:value>3000</gen:value>
      </gen:stringAttribute>
      <gen:stringAttribute name="Gemeindeschluessel">
        <gen:value>05170048</gen:value>
      </gen:stringAttribute>
      <gen:stringAttribute name="DatenquelleBodenhoehe">
        <gen:value>1100</gen:value>
      </gen:stringAttribute>
      <gen:stringAttribute name="DatenquelleLage">
        <gen:value>1000</gen:value>
      </gen:stringAttribute>
      <gen:stringAttribute name="Grundrissaktualitaet">
        <gen:value>2020-07-01</gen:value>
      </gen:stringAttribute>
      <bldg:function>31001_2463</bldg:function>
      <bldg:roofType>1000</bldg:roofType>
      <bldg:measuredHeight uom="urn:adv:uom:m">2.632</bldg:measuredHeight>
      <bldg:lod2Solid>
        <gml:Solid>
          <gml:exterior>
            <gml:CompositeSurface>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935740_2_4"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935740_2_1"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935740_2_0"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935740_2_2"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935740_2_5"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935740_2_3"/>
            </gml:CompositeSurface>
          </gml:exterior>
        </gml:Solid>
      </bldg:lod2Solid>
      <bldg:lod2TerrainIntersection>
        <gml:MultiCurve>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328503.194 5732408.864 22.502 328503.691 5732409.0 22.475 328504.0 5732409.085 22.461 328504.117 5732409.117 22.455 328505.0 5732409.358 22.439 328505.493 5732409.493 22.386 328506.0 5732409.632 22.349 328506.87 5732409.87 22.33 328507.0 5732409.906 22.324 328507.344 5732410.0 22.323 328508.0 5732410.18 22.323 328508.247 5732410.247 22.315 328509.0 5732410.453 22.308 328509.624 5732410.624 22.315 328510.0 5732410.727 22.316 328510.369 5732410.828 22.325</gml:posList>
            </gml:LineString>
          </gml:curveMember>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328510.369 5732410.828 22.325 328510.471 5732410.471 22.351 328510.605 5732410.0 22.384 328510.693 5732409.693 22.406 328510.89 5732409.0 22.447 328510.914 5732408.914 22.453 328511.0 5732408.614 22.481 328511.136 5732408.136 22.526 328511.175 5732408.0 22.537 328511.358 5732407.358 22.583 328511.46 5732407.0 22.641 328511.543 5732406.708 22.629</gml:posList>
            </gml:LineString>
          </gml:curveMember>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328504.389 5732404.669 22.507 328504.781 5732404.781 22.492 328505.0 5732404.843 22.482 328505.55 5732405.0 22.512 328506.0 5732405.128 22.527 328506.179 5732405.179 22.523 328507.0 5732405.413 22.478 328507.578 5732405.578 22.51 328508.0 5732405.698 22.525 328508.977 5732405.977 22.558 328509.0 5732405.983 22.559 328509.059 5732406.0 22.558 328510.0 5732406.268 22.533 328510.375 5732406.375 22.553 328511.0 5732406.553 22.559 328511.543 5732406.708 22.629</gml:posList>
            </gml:LineString>
          </gml:curveMember>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328503.194 5732408.864 22.502 328503.343 5732408.343 22.499 328503.44 5732408.0 22.507 328503.564 5732407.564 22.486 328503.725 5732407.0 22.502 328503.786 5732406.786 22.508 328504.0 5732406.035 22.491 328504.008 5732406.008 22.49 328504.01 5732406.0 22.49 328504.229 5732405.229 22.538 328504.295 5732405.0 22.525 328504.389 5732404.669 22.507</gml:posList>
            </gml:LineString>
          </gml:curveMember>
        </gml:MultiCurve>
      </bldg:lod2TerrainIntersection>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_254fd533-0c64-41ca-8b60-f015a94c33a5">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_2ed84d30-6b11-4522-ae26-9fd0c8b23bed">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935740_2_1">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935740_2_1_0_">
                      <gml:posList srsDimension="3">328503.194 5732408.864 24.94 328510.369 5732410.828 24.94 328510.369 5732410.828 22.308 328503.194 5732408.864 22.308 328503.194 5732408.864 24.94</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_cb324d59-e2c6-4df8-b434-5ecc747e4ea4">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_fd695d45-3ee1-42ad-9223-c91907e5b605">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935740_2_2">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935740_2_2_0_">
                      <gml:posList srsDimension="3">328510.369 5732410.828 24.94 328511.543 5732406.708 24.94 328511.543 5732406.708 22.308 328510.369 5732410.828 22.308 328510.369 5732410.828 24.94</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_87a69e09-799a-43be-95d5-54dfef771b1e">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_3f0fc43c-f8d1-4c81-acb0-93a212e38d8b">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935740_2_3">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935740_2_3_0_">
                      <gml:posList srsDimension="3">328511.543 5732406.708 24.94 328504.389 5732404.669 24.94 328504.389 5732404.669 22.308 328511.543 5732406.708 22.308 328511.543 5732406.708 24.94</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_e3c477eb-509a-4922-9498-7e2ec22b66f4">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_af0ffb03-802d-46bd-ae4b-cc29d383b1ee">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935740_2_4">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935740_2_4_0_">
                      <gml:posList srsDimension="3">328504.389 5732404.669 24.94 328503.194 5732408.864 24.94 328503.194 5732408.864 22.308 328504.389 5732404.669 22.308 328504.389 5732404.669 24.94</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="UUID_881699ff-593c-446b-96b3-29aec43005bb">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_9599635e-4b49-4d01-b490-e4d0b56531d6">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935740_2_5">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935740_2_5_0_">
                      <gml:posList srsDimension="3">328504.389 5732404.669 24.94 328511.543 5732406.708 24.94 328510.369 5732410.828 24.94 328503.194 5732408.864 24.94 328504.389 5732404.669 24.94</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:GroundSurface gml:id="UUID_88337aa5-d7c0-4f42-9913-eb3f84a2fdec">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_c750e638-3357-481c-af71-63ca09cf8a64">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935740_2_0">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935740_2_0_0_">
                      <gml:posList srsDimension="3">328503.194 5732408.864 22.308 328510.369 5732410.828 22.308 328511.543 5732406.708 22.308 328504.389 5732404.669 22.308 328503.194 5732408.864 22.308</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:GroundSurface>
      </bldg:boundedBy>
      <bldg:address>
        <core:Address gml:id="UUID_5e559c8e-c850-4b0f-b81f-ab3a40fd750e">
          <core:xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:CountryName>Germany</xAL:CountryName>
                <xAL:Locality Type="Town">
                  <xAL:LocalityName>Wesel</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>13</xAL:ThoroughfareNumber>
                    <xAL:ThoroughfareName>Bergerfurth</xAL:ThoroughfareName>
                  </xAL:Thoroughfare>
                </xAL:Locality>
              </xAL:Country>
            </xAL:AddressDetails>
          </core:xalAddress>
        </core:Address>
      </bldg:address>
    </bldg:Building>
  </core:cityObjectMember>
</core:CityModel>
