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
    <bldg:Building gml:id="DENW34AL0000rEuT">
      <core:creationDate>2021-01-23</core:creationDate>
      <core:externalReference>
        <core:informationSystem>http://repository.gdi-de.org/schemas/adv/citygml/fdv/art.htm#_9100</core:informationSystem>
        <core:externalObject>
          <core:name>DENW34AL0000rEuT</core:name>
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
      <bldg:function>31001_1010</bldg:function>
      <bldg:roofType>3100</bldg:roofType>
      <bldg:measuredHeight uom="urn:adv:uom:m">9.218</bldg:measuredHeight>
      <bldg:lod2Solid>
        <gml:Solid>
          <gml:exterior>
            <gml:CompositeSurface>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935737_2_9"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935737_2_2"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935737_2_5"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935737_2_6"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935737_2_0"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935737_2_7"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935737_2_10"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935737_2_1"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935737_2_4"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935737_2_8"/>
              <gml:surfaceMember xlink:href="#GUID_1543405942858_110935737_2_3"/>
            </gml:CompositeSurface>
          </gml:exterior>
        </gml:Solid>
      </bldg:lod2Solid>
      <bldg:lod2TerrainIntersection>
        <gml:MultiCurve>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328502.542 5732334.495 22.583 328502.822 5732334.0 22.589 328502.887 5732333.887 22.588 328503.0 5732333.686 22.574 328503.248 5732333.248 22.553 328503.389 5732333.0 22.548 328503.61 5732332.61 22.557 328503.955 5732332.0 22.581 328503.971 5732331.971 22.581 328504.0 5732331.921 22.581 328504.333 5732331.333 22.583 328504.522 5732331.0 22.585 328504.695 5732330.695 22.586 328504.857 5732330.408 22.583</gml:posList>
            </gml:LineString>
          </gml:curveMember>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328502.197 5732335.099 22.58 328502.254 5732335.0 22.585 328502.525 5732334.525 22.583 328502.542 5732334.495 22.583</gml:posList>
            </gml:LineString>
          </gml:curveMember>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328502.197 5732335.099 22.58 328503.0 5732335.565 22.495 328503.749 5732336.0 22.497 328504.0 5732336.146 22.522 328504.348 5732336.348 22.524 328505.0 5732336.727 22.539 328505.471 5732337.0 22.536 328505.874 5732337.234 22.521</gml:posList>
            </gml:LineString>
          </gml:curveMember>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328505.874 5732337.234 22.521 328506.0 5732337.307 22.517 328506.733 5732337.733 22.483 328507.0 5732337.888 22.473 328507.193 5732338.0 22.464 328508.0 5732338.469 22.435 328508.915 5732339.0 22.448 328509.0 5732339.05 22.45 328509.118 5732339.118 22.444 328509.55 5732339.369 22.428</gml:posList>
            </gml:LineString>
          </gml:curveMember>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328509.55 5732339.369 22.428 328509.762 5732339.0 22.435 328509.849 5732338.849 22.43 328510.0 5732338.586 22.426 328510.214 5732338.214 22.422 328510.337 5732338.0 22.42 328510.579 5732337.579 22.424 328510.912 5732337.0 22.421 328510.944 5732336.944 22.421 328511.0 5732336.847 22.422 328511.309 5732336.309 22.424 328511.487 5732336.0 22.42 328511.674 5732335.674 22.42 328512.0 5732335.108 22.419 328512.039 5732335.039 22.42 328512.062 5732335.0 22.42 328512.404 5732334.404 22.444 328512.637 5732334.0 22.485 328512.769 5732333.769 22.495 328513.0 5732333.368 22.487 328513.134 5732333.134 22.475 328513.212 5732333.0 22.474 328513.5 5732332.5 22.445 328513.787 5732332.0 22.409 328513.865 5732331.865 22.401 328514.0 5732331.629 22.4 328514.023 5732331.589 22.4</gml:posList>
            </gml:LineString>
          </gml:curveMember>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328510.34 5732329.415 22.441 328510.523 5732329.523 22.44 328511.0 5732329.804 22.436 328511.331 5732330.0 22.433 328512.0 5732330.395 22.428 328512.964 5732330.964 22.41 328513.0 5732330.985 22.41 328513.025 5732331.0 22.41 328514.0 5732331.575 22.4 328514.023 5732331.589 22.4</gml:posList>
            </gml:LineString>
          </gml:curveMember>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328506.656 5732327.24 22.478 328507.0 5732327.443 22.473 328507.943 5732328.0 22.462 328508.0 5732328.033 22.461 328508.082 5732328.082 22.46 328509.0 5732328.624 22.452 328509.637 5732329.0 22.447 328510.0 5732329.214 22.442 328510.34 5732329.415 22.441</gml:posList>
            </gml:LineString>
          </gml:curveMember>
          <gml:curveMember>
            <gml:LineString>
              <gml:posList srsDimension="3">328504.857 5732330.408 22.583 328505.0 5732330.156 22.58 328505.057 5732330.057 22.579 328505.089 5732330.0 22.579 328505.419 5732329.419 22.564 328505.657 5732329.0 22.547 328505.781 5732328.781 22.54 328506.0 5732328.395 22.516 328506.143 5732328.143 22.501 328506.224 5732328.0 22.498 328506.505 5732327.505 22.49 328506.656 5732327.24 22.478</gml:posList>
            </gml:LineString>
          </gml:curveMember>
        </gml:MultiCurve>
      </bldg:lod2TerrainIntersection>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_4319a62b-8f64-49d0-b88e-5f604a9591e9">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_ed1f63ab-1e54-43f2-9f5d-844f9f527b08">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935737_2_4">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935737_2_4_0_">
                      <gml:posList srsDimension="3">328505.874 5732337.234 31.618 328509.55 5732339.369 26.452 328509.55 5732339.369 22.4 328505.874 5732337.234 22.4 328505.874 5732337.234 31.618</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_7e7269f2-1508-4bc8-8919-90546b6bbff2">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_4c22321e-6dda-4943-b89e-004fea12c1a0">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935737_2_5">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935737_2_5_0_">
                      <gml:posList srsDimension="3">328509.55 5732339.369 26.452 328514.023 5732331.589 26.452 328514.023 5732331.589 22.4 328509.55 5732339.369 22.4 328509.55 5732339.369 26.452</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_cfa3f106-d0cc-4fd4-88c2-b8910fdf1df3">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_c1a1e561-6619-4acb-8777-42de1596703e">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935737_2_6">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935737_2_6_0_">
                      <gml:posList srsDimension="3">328514.023 5732331.589 26.452 328510.34 5732329.415 31.618 328510.34 5732329.415 22.4 328514.023 5732331.589 22.4 328514.023 5732331.589 26.452</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_7a5aeff9-24d4-48f6-80f4-afeb41fb40b2">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_80e94391-7ccf-46e1-99b4-7e294416a72f">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935737_2_7">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935737_2_7_0_">
                      <gml:posList srsDimension="3">328510.34 5732329.415 31.618 328506.656 5732327.24 26.452 328506.656 5732327.24 22.4 328510.34 5732329.415 22.4 328510.34 5732329.415 31.618</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_469977df-34e8-4fb7-9ce6-999211a73680">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_1ccae226-c3a1-4492-8bc8-cfeca97bdb65">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935737_2_8">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935737_2_8_0_">
                      <gml:posList srsDimension="3">328506.656 5732327.24 26.452 328504.857 5732330.408 26.451 328504.857 5732330.408 22.4 328506.656 5732327.24 22.4 328506.656 5732327.24 26.452</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="UUID_f068a85c-3e0e-4c5b-a02b-6fd4c59c09f0">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_2aea5c08-1117-4568-af9e-5ba9dcb6329f">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935737_2_9">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935737_2_9_0_">
                      <gml:posList srsDimension="3">328505.874 5732337.234 31.618 328502.197 5732335.099 26.452 328502.542 5732334.495 26.455 328504.857 5732330.408 26.451 328506.656 5732327.24 26.452 328510.34 5732329.415 31.618 328505.874 5732337.234 31.618</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:RoofSurface gml:id="UUID_f138529f-44d6-4bb2-a68d-7e5d16664336">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_cd589d82-2dc0-4eab-965e-c89689fac90b">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935737_2_10">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935737_2_10_0_">
                      <gml:posList srsDimension="3">328510.34 5732329.415 31.618 328514.023 5732331.589 26.452 328509.55 5732339.369 26.452 328505.874 5732337.234 31.618 328510.34 5732329.415 31.618</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:RoofSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:GroundSurface gml:id="UUID_e0346015-cc09-4273-bd58-0029e93fbb6f">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_b0d42e18-4ca5-470f-a1a0-ba6541adc5c1">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935737_2_0">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935737_2_0_0_">
                      <gml:posList srsDimension="3">328504.857 5732330.408 22.4 328502.542 5732334.495 22.4 328502.197 5732335.099 22.4 328505.874 5732337.234 22.4 328509.55 5732339.369 22.4 328514.023 5732331.589 22.4 328510.34 5732329.415 22.4 328506.656 5732327.24 22.4 328504.857 5732330.408 22.4</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:GroundSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_b8df0a05-b52d-4507-8d0c-c1a74628f716">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_472804c4-83db-4757-882e-30a76c4b4ba6">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935737_2_1">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935737_2_1_0_">
                      <gml:posList srsDimension="3">328504.857 5732330.408 26.451 328502.542 5732334.495 26.455 328502.542 5732334.495 22.4 328504.857 5732330.408 22.4 328504.857 5732330.408 26.451</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_5a14dfcb-b4fc-4a0b-92af-bb693cb24b30">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_cc96929a-be75-40f2-80be-8fbc5a7b5892">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935737_2_2">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935737_2_2_0_">
                      <gml:posList srsDimension="3">328502.542 5732334.495 26.455 328502.197 5732335.099 26.452 328502.197 5732335.099 22.4 328502.542 5732334.495 22.4 328502.542 5732334.495 26.455</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:boundedBy>
        <bldg:WallSurface gml:id="UUID_ea5f0662-dbcf-4e69-b883-8be05ee3f437">
          <core:creationDate>2021-01-23</core:creationDate>
          <bldg:lod2MultiSurface>
            <gml:MultiSurface gml:id="UUID_18b5e544-93e9-485e-bb46-ffffc5673dcd">
              <gml:surfaceMember>
                <gml:Polygon gml:id="GUID_1543405942858_110935737_2_3">
                  <gml:exterior>
                    <gml:LinearRing gml:id="GUID_1543405942858_110935737_2_3_0_">
                      <gml:posList srsDimension="3">328502.197 5732335.099 26.452 328505.874 5732337.234 31.618 328505.874 5732337.234 22.4 328502.197 5732335.099 22.4 328502.197 5732335.099 26.452</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </bldg:lod2MultiSurface>
        </bldg:WallSurface>
      </bldg:boundedBy>
      <bldg:address>
        <core:Address gml:id="UUID_48e468c7-b92f-4fee-aad2-ac8794ae8f13">
          <core:xalAddress>
            <xAL:AddressDetails>
              <xAL:Country>
                <xAL:CountryName>Germany</xAL:CountryName>
                <xAL:Locality Type="Town">
                  <xAL:LocalityName>Wesel</xAL:LocalityName>
                  <xAL:Thoroughfare Type="Street">
                    <xAL:ThoroughfareNumber>34</xAL:ThoroughfareNumber>
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
