<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<!--Erzeugt mit KIT (www.kit.edu) GML-Toolbox, Erstellungsdatum: 04/24/17-->
<xplan:XPlanAuszug xmlns:adv="http://www.adv-online.de/nas" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xplan="http://www.xplanung.de/xplangml/5/0" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:wfs="http://www.opengis.net/wfs" gml:id="GML_13a2a747-9bc9-4b12-98af-d606e6cfa9bf">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:31467">
      <gml:lowerCorner>3565768.558 5950055.548</gml:lowerCorner>
      <gml:upperCorner>3566186.097 5950375.339</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_04bf3c1a-17cc-475a-9e05-5ee6e5a4c573">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565967.431 5950227.136</gml:lowerCorner>
          <gml:upperCorner>3565967.431 5950227.136</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_b68ee35a-935f-4590-b6e2-fd2659e0dc31">
          <gml:pos>3565967.431 5950227.136</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_11f4d848-2f4b-4839-b283-ccad0f35f081">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566052.272 5950285.6</gml:lowerCorner>
          <gml:upperCorner>3566052.272 5950285.6</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_aea3ea90-bde7-4a9a-b4a8-8aa6ceaead5d">
          <gml:pos>3566052.272 5950285.6</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_138ded1c-6877-414f-885e-552c71f8e96f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565968.791 5950235.347</gml:lowerCorner>
          <gml:upperCorner>3565968.791 5950235.347</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_dc493d0a-7ef6-48d2-8492-884a68de6b82">
          <gml:pos>3565968.791 5950235.347</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_13ffe98d-e078-4d05-a3a0-f62b4e9ac487">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565980.204 5950246.016</gml:lowerCorner>
          <gml:upperCorner>3565980.204 5950246.016</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_2f4c2c9b-f3c6-4bcd-bb9e-ad9c00536a9e">
          <gml:pos>3565980.204 5950246.016</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_14af64e8-fe50-4671-8dc9-72794cc18eb7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566001.395 5950290.358</gml:lowerCorner>
          <gml:upperCorner>3566001.395 5950290.358</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_30da4171-9049-4437-bfef-3c7a27ef85c2">
          <gml:pos>3566001.395 5950290.358</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_158eaaf7-0ab2-4248-821d-75ee5a45e1fd">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566058.061 5950284.97</gml:lowerCorner>
          <gml:upperCorner>3566058.061 5950284.97</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_6aa9dc70-e636-4519-82e1-e6b8cddf342e">
          <gml:pos>3566058.061 5950284.97</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_187c1ea1-6efb-49f4-9827-a8d1763456d5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566090.096 5950282.207</gml:lowerCorner>
          <gml:upperCorner>3566090.096 5950282.207</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_d980b89d-6480-4097-908f-a88a851dd57b">
          <gml:pos>3566090.096 5950282.207</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_187e66c8-713d-4403-b9b8-8b4faf51b734">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565992.852 5950287.451</gml:lowerCorner>
          <gml:upperCorner>3565992.852 5950287.451</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_43db8e4f-8d9a-482d-866a-36dfae349360">
          <gml:pos>3565992.852 5950287.451</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_1cf5cbce-8aed-4d9b-9d21-f75134c7c2c0">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565986.738 5950274.908</gml:lowerCorner>
          <gml:upperCorner>3565986.738 5950274.908</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_26f73d7e-ef1c-4cba-9b04-660fbd9a8588">
          <gml:pos>3565986.738 5950274.908</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_1e86d6c0-2283-4b04-94ef-00ccdf7f8658">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566043.824 5950192.852</gml:lowerCorner>
          <gml:upperCorner>3566090.109 5950222.863</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_61f8aca4-d60b-47be-97d4-e4ab7bc63fa8">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">3566044.592 5950192.852 3566090.109 5950196.029 3566090.109 5950222.863 3566080.109 5950222.863 3566080.109 5950206.388 3566043.824 5950203.856 3566044.592 5950192.852 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>3000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_213ea7ed-cf07-4646-8113-0e2e2bd156a7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565985.098 5950266.313</gml:lowerCorner>
          <gml:upperCorner>3565985.098 5950266.313</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_b696a22c-8b6c-4611-b9b5-615ac899644e">
          <gml:pos>3565985.098 5950266.313</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_2279900c-b1ad-457c-9aa5-605f53a3a60c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565986.529 5950277.851</gml:lowerCorner>
          <gml:upperCorner>3565986.529 5950277.851</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_a02a55cf-099a-4761-a348-97a03513c987">
          <gml:pos>3565986.529 5950277.851</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_275f4b6e-3825-49ad-8cc6-bd4935143811">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565984.865 5950252.421</gml:lowerCorner>
          <gml:upperCorner>3565984.865 5950252.421</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_92340860-cfbc-4da9-9348-75434c634aeb">
          <gml:pos>3565984.865 5950252.421</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_27ebeef4-091e-4d6b-8199-30ccbd003c09">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566081.219 5950282.508</gml:lowerCorner>
          <gml:upperCorner>3566081.219 5950282.508</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_11c38b2b-8448-4f9b-b7bd-12295f272c5a">
          <gml:pos>3566081.219 5950282.508</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_29336730-c5dc-4d2b-b752-70ac0858147e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566012.041 5950290.072</gml:lowerCorner>
          <gml:upperCorner>3566012.041 5950290.072</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_7fb990d3-1442-40c4-98ad-07e8c2c2fb03">
          <gml:pos>3566012.041 5950290.072</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_2b93c1c6-9314-49d7-9eca-cd57307525a1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566064.128 5950151.32</gml:lowerCorner>
          <gml:upperCorner>3566064.128 5950151.32</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_d0a4f482-b612-4fac-a8b5-b74b96af6ad9">
          <gml:pos>3566064.128 5950151.32</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_342ce0e0-aa82-46d1-96b4-d8c423485b52">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565984.229 5950247.789</gml:lowerCorner>
          <gml:upperCorner>3565984.229 5950247.789</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_edd412b1-c892-487e-97be-123fe7aecf1b">
          <gml:pos>3565984.229 5950247.789</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_38847642-7d42-434c-bb26-5e7276710cbe">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565985.299 5950112.387</gml:lowerCorner>
          <gml:upperCorner>3566041.174 5950203.617</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_22326128-5e7a-4bf6-9fe9-59a177e911ef">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">3565989.148 5950112.451 3565999.184 5950112.387 3565995.766 5950189.444 3566041.174 5950192.614 3566040.406 5950203.617 3565985.299 5950199.771 3565989.148 5950112.451 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>3000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_3996d4b3-8b03-418d-a6a6-8e7a1485c8b8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565988.153 5950279.823</gml:lowerCorner>
          <gml:upperCorner>3565988.153 5950279.823</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_6bf8205f-c957-4ece-92ae-814ca6677acb">
          <gml:pos>3565988.153 5950279.823</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_3a6a98a8-0676-42e7-a7eb-32064521e269">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565980.365 5950207.362</gml:lowerCorner>
          <gml:upperCorner>3565980.365 5950207.362</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_d1096422-bfc7-424f-bfc4-6995e0f0d694">
          <gml:pos>3565980.365 5950207.362</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_3d226aaa-74c7-4e66-a341-3cabd77d9e9c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565971.802 5950218.991</gml:lowerCorner>
          <gml:upperCorner>3565971.802 5950218.991</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_c7a77b08-246f-46f3-b39c-dae0f9b8e884">
          <gml:pos>3565971.802 5950218.991</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_3d4169a8-4a12-4f17-959d-42677868dc54">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566006.882 5950227.863</gml:lowerCorner>
          <gml:upperCorner>3566090.177 5950251.783</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_b210c4e1-0a55-45f3-b3b5-6e3e5cec6ed4">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">3566006.882 5950242.083 3566077.609 5950227.863 3566090.177 5950227.863 3566090.109 5950237.863 3566078.599 5950237.863 3566008.818 5950251.783 3566006.882 5950242.083 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>3000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_3e1be4c7-7926-4474-ada4-fb73e6548a7a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565991.308 5950284.907</gml:lowerCorner>
          <gml:upperCorner>3565991.308 5950284.907</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_ebc73acb-a066-4c7c-bc74-2739389c9cac">
          <gml:pos>3565991.308 5950284.907</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_434532c5-b21a-4814-b3b4-58fd690bd99f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566080.405 5950152.896</gml:lowerCorner>
          <gml:upperCorner>3566080.405 5950152.896</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_e1ab54dc-9f16-4559-86a2-9454e62bcdf2">
          <gml:pos>3566080.405 5950152.896</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_459eaf4c-4f70-46fa-8c1f-c262a9f1bd40">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566087.008 5950281.877</gml:lowerCorner>
          <gml:upperCorner>3566087.008 5950281.877</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_bef8d960-0bc2-486d-add1-b33b35fd8f44">
          <gml:pos>3566087.008 5950281.877</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_45c47762-fd5e-4881-8a1b-c86f9cb3c2de">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566107.052 5950280.434</gml:lowerCorner>
          <gml:upperCorner>3566107.052 5950280.434</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_e08c1c4b-9eaa-401c-a188-06464feb0b80">
          <gml:pos>3566107.052 5950280.434</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_483e30f3-5389-48e8-83c1-43cc2230b4cf">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565976.2 5950244.283</gml:lowerCorner>
          <gml:upperCorner>3565976.2 5950244.283</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_b1aee104-0798-4e95-be60-e6b01dc6bf7c">
          <gml:pos>3565976.2 5950244.283</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_4af0ba81-c7c3-49bf-9b6e-a6f04b5664a9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566007.015 5950290.688</gml:lowerCorner>
          <gml:upperCorner>3566007.015 5950290.688</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_ddecfd92-e0f6-4892-a426-4fa5283c1b59">
          <gml:pos>3566007.015 5950290.688</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_52a0b96c-ef9c-418a-8d51-cd759c820d81">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566029.114 5950288.122</gml:lowerCorner>
          <gml:upperCorner>3566029.114 5950288.122</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_24ab8af4-be9a-451a-89c4-b29e50662bb1">
          <gml:pos>3566029.114 5950288.122</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_54ad1766-ff0b-4b1b-863b-064903bd6f41">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566090.682 5950153.406</gml:lowerCorner>
          <gml:upperCorner>3566090.682 5950153.406</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_99250f9b-5629-4f29-93fc-53a62dd46ce7">
          <gml:pos>3566090.682 5950153.406</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_55ceccff-c809-4b69-b381-d5ff638a773c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565969.454 5950221.023</gml:lowerCorner>
          <gml:upperCorner>3565969.454 5950221.023</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_adc18484-66ae-4128-bf27-1795da2d327a">
          <gml:pos>3565969.454 5950221.023</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_5cf72492-35df-471d-b809-932a63b546fc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565971.5 5950240.455</gml:lowerCorner>
          <gml:upperCorner>3565971.5 5950240.455</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_0ffb9fcd-a227-4475-b4ca-9006b802823e">
          <gml:pos>3565971.5 5950240.455</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_5cff609b-d0e5-4ed7-bdc6-0e82176aaf80">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565968.094 5950229.963</gml:lowerCorner>
          <gml:upperCorner>3565968.094 5950229.963</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_134ed7c6-f9c7-46b6-934a-519cfb4864f1">
          <gml:pos>3565968.094 5950229.963</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_64e10b00-ea37-4145-ad51-bdc8785bf3d5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566046.482 5950286.231</gml:lowerCorner>
          <gml:upperCorner>3566046.482 5950286.231</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_25416211-d48f-425a-a140-c5f15a78d8ec">
          <gml:pos>3566046.482 5950286.231</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_683c0d1c-215a-4f0d-b95d-695dd5be3c50">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565979.195 5950210.022</gml:lowerCorner>
          <gml:upperCorner>3565979.195 5950210.022</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_18c30141-751b-48e9-9e35-652462a729bc">
          <gml:pos>3565979.195 5950210.022</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_6baa6b99-5c6d-48dc-bcde-960609613da6">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565975.499 5950214.507</gml:lowerCorner>
          <gml:upperCorner>3565975.499 5950214.507</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_652d97f5-579b-48b9-a04e-6c96d94de44a">
          <gml:pos>3565975.499 5950214.507</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_72b988df-4364-4bbc-84ce-2c09d42fc00f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566101.675 5950279.986</gml:lowerCorner>
          <gml:upperCorner>3566101.675 5950279.986</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_72dcd94a-1fd6-4af4-9675-71ae787828e2">
          <gml:pos>3566101.675 5950279.986</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_72d21116-9a63-4445-bd1a-df59e169cb15">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566034.904 5950287.491</gml:lowerCorner>
          <gml:upperCorner>3566034.904 5950287.491</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_d67f9c8b-7eb6-4bf1-bb09-d77c3f4870af">
          <gml:pos>3566034.904 5950287.491</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_736db579-fcb1-4d2b-8dbf-036025366875">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566040.693 5950286.861</gml:lowerCorner>
          <gml:upperCorner>3566040.693 5950286.861</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_0531e55a-12bb-4eec-9383-5431597f2bb9">
          <gml:pos>3566040.693 5950286.861</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_74259188-8cce-464a-bb1c-215c81f33513">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566048.178 5950150.185</gml:lowerCorner>
          <gml:upperCorner>3566048.178 5950150.185</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_597d4fa4-8840-4271-a8d3-2af09f75fbfb">
          <gml:pos>3566048.178 5950150.185</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_74cf9f4d-0b2c-44ba-9c24-c340c6132a1c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566085.387 5950153.3</gml:lowerCorner>
          <gml:upperCorner>3566085.387 5950153.3</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_cacb3051-876b-4257-aeb2-c04486d84648">
          <gml:pos>3566085.387 5950153.3</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_75095479-9fac-4a73-897d-5959db7b1ffc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566037.992 5950287.939</gml:lowerCorner>
          <gml:upperCorner>3566037.992 5950287.939</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_c5dce9c2-058a-42cb-bb4f-df51244f8a58">
          <gml:pos>3566037.992 5950287.939</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_75cde58e-df26-459f-8d87-f5e06cded2b3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566092.797 5950281.247</gml:lowerCorner>
          <gml:upperCorner>3566092.797 5950281.247</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_a9b11788-1297-4a3a-a190-3f10adc6e8ad">
          <gml:pos>3566092.797 5950281.247</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_7f41289d-7414-4c34-a199-03f7b500575c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566061.149 5950285.418</gml:lowerCorner>
          <gml:upperCorner>3566061.149 5950285.418</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_70bb47ff-938e-4fcc-a298-fe2a513d59bf">
          <gml:pos>3566061.149 5950285.418</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_7fec6ff3-110f-427e-83c9-8c37b5856883">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565983.507 5950249.945</gml:lowerCorner>
          <gml:upperCorner>3565983.507 5950249.945</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_0b5fcac2-7160-4449-b5de-9b67c8f8167e">
          <gml:pos>3565983.507 5950249.945</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_82b07b74-369c-41f8-8375-20d80127e13a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566023.619 5950288.811</gml:lowerCorner>
          <gml:upperCorner>3566023.619 5950288.811</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_c06c8160-eed9-42df-a741-dc3ee99f6d44">
          <gml:pos>3566023.619 5950288.811</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_84b593ca-86ab-4280-9e82-9021206eec1a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565985.172 5950257.509</gml:lowerCorner>
          <gml:upperCorner>3565985.172 5950257.509</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_c9493d73-f8f2-456d-8795-46da3bcd2e9f">
          <gml:pos>3565985.172 5950257.509</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_851fcd34-4c70-46ae-bfef-037c341cd291">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565985.673 5950263.311</gml:lowerCorner>
          <gml:upperCorner>3565985.673 5950263.311</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_e0d8e294-f94a-48f4-b112-e3a662410867">
          <gml:pos>3565985.673 5950263.311</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_8c3ca7ee-c329-4791-b040-e93228291683">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566003.535 5950291.518</gml:lowerCorner>
          <gml:upperCorner>3566003.535 5950291.518</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_5debed91-ce06-43eb-ae3f-793b109d74fe">
          <gml:pos>3566003.535 5950291.518</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_8c92c6be-afa6-41c4-b582-bdf73e761e9b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565973.062 5950243.008</gml:lowerCorner>
          <gml:upperCorner>3565973.062 5950243.008</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_7c1029b6-b6d6-4461-b615-0b52b168554f">
          <gml:pos>3565973.062 5950243.008</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_905e2a25-264a-41c1-bfab-833a63e4b01b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565984.147 5950202.902</gml:lowerCorner>
          <gml:upperCorner>3565984.147 5950202.902</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_f4ec2fe8-ff60-4dce-bcbb-b61fee89873c">
          <gml:pos>3565984.147 5950202.902</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_9063c775-f637-4efd-b3da-ed48e523c954">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566074.749 5950152.197</gml:lowerCorner>
          <gml:upperCorner>3566074.749 5950152.197</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_d2dff12d-b08d-4668-a9cc-e1f84a7d73a4">
          <gml:pos>3566074.749 5950152.197</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_93ca14bc-ba30-4628-9d65-0a9f8f4331d1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565986.174 5950269.113</gml:lowerCorner>
          <gml:upperCorner>3565986.174 5950269.113</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_6dc27902-532d-436b-8cef-2eb2fd013f58">
          <gml:pos>3565986.174 5950269.113</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_950be03c-4715-4170-8e7d-2222b1fed633">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566098.587 5950280.616</gml:lowerCorner>
          <gml:upperCorner>3566098.587 5950280.616</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_959a7200-8c21-4768-baef-a726025211b4">
          <gml:pos>3566098.587 5950280.616</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_95497d67-7183-4b88-bb5a-a349a1b02832">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566069.64 5950283.827</gml:lowerCorner>
          <gml:upperCorner>3566069.64 5950283.827</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_91380536-7be5-4e39-a111-d0ab2e9b6796">
          <gml:pos>3566069.64 5950283.827</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_9946bca9-b77b-4af1-9b03-ca3d5d768719">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565967.519 5950232.955</gml:lowerCorner>
          <gml:upperCorner>3565967.519 5950232.955</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_6ee2ffe2-842d-43bb-829a-7d10293e06ad">
          <gml:pos>3565967.519 5950232.955</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_9d3144d7-e185-42d0-85ab-e908d16f8cf1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566066.939 5950284.788</gml:lowerCorner>
          <gml:upperCorner>3566066.939 5950284.788</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_8e064e69-5807-4bcf-a1cc-a7838d2b53f4">
          <gml:pos>3566066.939 5950284.788</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_a0892731-1bf1-4b15-90a9-75f91b103eeb">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566020.918 5950289.89</gml:lowerCorner>
          <gml:upperCorner>3566020.918 5950289.89</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_6ff6b31b-7497-44fc-818c-18da7b29fac3">
          <gml:pos>3566020.918 5950289.89</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_a2817027-dfef-4c45-97e3-e63f7faa0bd0">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566015.129 5950290.52</gml:lowerCorner>
          <gml:upperCorner>3566015.129 5950290.52</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_b5c18441-963a-4e38-b680-d93fe24933e5">
          <gml:pos>3566015.129 5950290.52</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_a3e1ea04-ab7d-4db2-945e-5e6214aa4bad">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565995.737 5950288.5</gml:lowerCorner>
          <gml:upperCorner>3565995.737 5950288.5</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_0a7c64e2-4840-4c09-ac53-a46f63ac670b">
          <gml:pos>3565995.737 5950288.5</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_aa9d0f5c-5a34-408c-8401-7e1c27057195">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566026.413 5950289.2</gml:lowerCorner>
          <gml:upperCorner>3566026.413 5950289.2</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_2c24e3a4-5cc9-46ce-9548-b962a2ee9cfc">
          <gml:pos>3566026.413 5950289.2</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_ac493115-dbaa-4147-8749-93a61dfea72c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566049.571 5950286.679</gml:lowerCorner>
          <gml:upperCorner>3566049.571 5950286.679</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_0663f982-73cc-4e28-8082-a1941cc0cdd8">
          <gml:pos>3566049.571 5950286.679</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_ac4d06a8-e4cc-4cb4-9f66-8f1d70ddeaf5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565982.892 5950205.538</gml:lowerCorner>
          <gml:upperCorner>3565982.892 5950205.538</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_1969d745-bb2a-4267-855e-7a173e63ba04">
          <gml:pos>3565982.892 5950205.538</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_ae3fee0b-48f2-4014-82c5-9017e8743844">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565969.011 5950224.36</gml:lowerCorner>
          <gml:upperCorner>3565969.011 5950224.36</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_908b5764-a1a2-487a-b4c1-6fd8af30fb93">
          <gml:pos>3565969.011 5950224.36</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_bcaeb431-b4b8-4374-99f2-d9d2ff9cfba7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565998.003 5950290.414</gml:lowerCorner>
          <gml:upperCorner>3565998.003 5950290.414</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_01a01a4d-6453-4052-ae4f-e2453a8bc82f">
          <gml:pos>3565998.003 5950290.414</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_bebc8bee-8a78-49fc-9bd3-4d794107b5a5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565969.471 5950238.442</gml:lowerCorner>
          <gml:upperCorner>3565969.471 5950238.442</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_dbf49810-9948-4773-9779-3f2a511ec052">
          <gml:pos>3565969.471 5950238.442</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c2cc193c-fb84-48e4-9a13-1a93ee19c3e5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566095.885 5950281.577</gml:lowerCorner>
          <gml:upperCorner>3566095.885 5950281.577</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_84216b7e-f38c-450f-945a-c2c833199b78">
          <gml:pos>3566095.885 5950281.577</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c3f3cdaa-18a2-4678-a505-982308533485">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566053.395 5950150.484</gml:lowerCorner>
          <gml:upperCorner>3566053.395 5950150.484</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_06a02ad9-65f0-4576-b4b3-e5364586586d">
          <gml:pos>3566053.395 5950150.484</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c540ca9d-bbd2-47d1-8604-ff8c079ed700">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566072.728 5950284.157</gml:lowerCorner>
          <gml:upperCorner>3566072.728 5950284.157</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_79bcaede-32ae-408b-a380-47320a2b4634">
          <gml:pos>3566072.728 5950284.157</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c7717c1c-0d61-4029-82c3-2917add20da6">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566084.307 5950282.838</gml:lowerCorner>
          <gml:upperCorner>3566084.307 5950282.838</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_479237cb-3bc4-4186-854e-ec01e13a889e">
          <gml:pos>3566084.307 5950282.838</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c79f71f3-caeb-4d1c-a1f6-3b23a5f759db">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566055.36 5950286.048</gml:lowerCorner>
          <gml:upperCorner>3566055.36 5950286.048</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_4c73b7fb-42aa-4b0a-8078-6f1eca40875b">
          <gml:pos>3566055.36 5950286.048</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c7a1975f-1e6c-494c-9d0a-ef1f09d3c63a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565972.9 5950216.326</gml:lowerCorner>
          <gml:upperCorner>3565972.9 5950216.326</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_1954c27b-7607-484d-b549-f2fd0b879feb">
          <gml:pos>3565972.9 5950216.326</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_cfe51b8f-e10e-4fe5-a44c-2ab07fa900b3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565984.596 5950260.511</gml:lowerCorner>
          <gml:upperCorner>3565984.596 5950260.511</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_e863263e-78a8-47b3-b466-ca224f1ffb24">
          <gml:pos>3565984.596 5950260.511</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d41593d5-b57b-4856-bb76-f2e8415c8857">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565977.874 5950246.307</gml:lowerCorner>
          <gml:upperCorner>3565977.874 5950246.307</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_476e35a5-4a7b-4c05-8c1c-fd6054c96570">
          <gml:pos>3565977.874 5950246.307</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d542a8fe-358c-4805-81ba-2eaf28c4747b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565981.74 5950247.472</gml:lowerCorner>
          <gml:upperCorner>3565981.74 5950247.472</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_cbe9bbfc-eda6-431d-bff4-d72038cd072b">
          <gml:pos>3565981.74 5950247.472</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d59e8f1a-38db-4c50-a5a0-5085a6195e35">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566104.376 5950279.986</gml:lowerCorner>
          <gml:upperCorner>3566104.376 5950279.986</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_556736e8-7553-4ea8-94d6-bedf5089a5c3">
          <gml:pos>3566104.376 5950279.986</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d6f3f4e9-f994-42e5-ac78-748c75016797">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566078.517 5950283.468</gml:lowerCorner>
          <gml:upperCorner>3566078.517 5950283.468</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_6d82675f-4b82-4142-8f23-6e5be478ff1a">
          <gml:pos>3566078.517 5950283.468</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d9fd98e8-f644-4232-8e86-0833fd045b9d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566017.83 5950289.442</gml:lowerCorner>
          <gml:upperCorner>3566017.83 5950289.442</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_99b052eb-80ef-47d1-a4fe-999706946e26">
          <gml:pos>3566017.83 5950289.442</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_de669677-4a8b-41d0-a93a-db022694bb91">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566058.66 5950150.917</gml:lowerCorner>
          <gml:upperCorner>3566058.66 5950150.917</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_203b59c5-b549-4b6f-81c9-303402cdc3aa">
          <gml:pos>3566058.66 5950150.917</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_df2e0278-d84e-409e-a9d1-e26e70db392a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566009.339 5950291.15</gml:lowerCorner>
          <gml:upperCorner>3566009.339 5950291.15</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_f8ff9390-5dc1-40d5-bf07-051dec11c8bf">
          <gml:pos>3566009.339 5950291.15</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_e077f3d3-463f-4e86-a3bb-a1935963b280">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566043.781 5950287.309</gml:lowerCorner>
          <gml:upperCorner>3566043.781 5950287.309</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_8cd15376-31f3-4aee-995b-0ffae8b38861">
          <gml:pos>3566043.781 5950287.309</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_e1c2d42e-676f-47a9-88f4-5162362c11f3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565984.095 5950254.709</gml:lowerCorner>
          <gml:upperCorner>3565984.095 5950254.709</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_bbdb9544-6892-4c5d-9a08-e2b872bf5cd1">
          <gml:pos>3565984.095 5950254.709</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_e240fa55-0846-41f6-a9a5-9094e184ee19">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566101.675 5950280.947</gml:lowerCorner>
          <gml:upperCorner>3566101.675 5950280.947</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_f84c9aa4-040d-4da8-91a0-2e7bf20cd526">
          <gml:pos>3566101.675 5950280.947</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_e8b3d2b1-c012-4d11-8fcf-859784da9086">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565976.79 5950211.673</gml:lowerCorner>
          <gml:upperCorner>3565976.79 5950211.673</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_1fc9e3eb-6d1e-4e93-b5a1-235403f614c6">
          <gml:pos>3565976.79 5950211.673</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_ed952bc8-0fa0-4a97-8f39-13eafdacc2d7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566063.851 5950284.457</gml:lowerCorner>
          <gml:upperCorner>3566063.851 5950284.457</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_5a0c9d60-51ba-4ea7-8528-80ba9af9a389">
          <gml:pos>3566063.851 5950284.457</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_f1a47e79-90ab-49a3-84a1-50cfe1f6c8c4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565986.588 5950201.053</gml:lowerCorner>
          <gml:upperCorner>3565986.588 5950201.053</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_dde35b29-12b6-4cd6-9d3e-53b90b706bb9">
          <gml:pos>3565986.588 5950201.053</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_f202ceb3-bf20-457f-98b8-fb828a01bd4e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565988.932 5950283.135</gml:lowerCorner>
          <gml:upperCorner>3565988.932 5950283.135</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_3ed1dce5-2708-41fd-a460-47112976006c">
          <gml:pos>3565988.932 5950283.135</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_f4c3ee2a-a873-4dce-8906-2e9be0d47700">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565985.599 5950272.115</gml:lowerCorner>
          <gml:upperCorner>3565985.599 5950272.115</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_70b4cd70-ca43-465b-a8ae-0d9c39fed428">
          <gml:pos>3565985.599 5950272.115</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_f7be70e9-6d7a-4251-83a6-61cd1a05cefd">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566069.285 5950151.538</gml:lowerCorner>
          <gml:upperCorner>3566069.285 5950151.538</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_dca85b1e-b401-4292-bc99-820e144bbb76">
          <gml:pos>3566069.285 5950151.538</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_f957a366-9051-44b5-b9ba-bb79b5099367">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566032.203 5950288.57</gml:lowerCorner>
          <gml:upperCorner>3566032.203 5950288.57</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_7127bf2a-79e6-4643-962e-c5d391e55f07">
          <gml:pos>3566032.203 5950288.57</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_f9da5c63-bb7e-4d83-a7e2-f8e170a96e18">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566075.429 5950283.197</gml:lowerCorner>
          <gml:upperCorner>3566075.429 5950283.197</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_97cde914-8a30-49da-9838-2c810f9f52c1">
          <gml:pos>3566075.429 5950283.197</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AusgleichsFlaeche gml:id="GML_369efa40-dd61-4b84-8a8b-5c1dbbd29eec">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565965.934 5950111.415</gml:lowerCorner>
          <gml:upperCorner>3566151.108 5950315.274</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_c790ec77-0a87-4dd8-b0f0-bcbe69ddcd04">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="128">3566142.843 5950315.274 3566138.633 5950313.119 3566134.422 5950310.553 3566131.136 5950308.089 3566129.377 5950306.463 3566127.029 5950304.292 3566123.948 5950303.984 3566117.581 5950295.568 3566113.331 5950289.158 3566111.693 5950286.41 3566109.88 5950283.429 3566108.772 5950281.481 3566107.416 5950281.629 3566048.374 5950288.058 3566006.653 5950292.6 3566005.465 5950292.694 3566003.721 5950292.703 3566001.772 5950292.533 3565999.638 5950292.121 3565997.76 5950291.552 3565996.172 5950290.907 3565994.066 5950289.788 3565992.163 5950288.469 3565990.758 5950287.26 3565989.045 5950285.427 3565987.75 5950283.666 3565986.692 5950281.845 3565985.9 5950280.101 3565985.29 5950278.327 3565984.87 5950276.608 3565984.562 5950274.439 3565982.345 5950248.553 3565980.758 5950248.363 3565978.526 5950247.832 3565976.589 5950246.864 3565974.515 5950245.647 3565973.223 5950244.701 3565971.816 5950243.51 3565970.264 5950241.829 3565969.478 5950240.809 3565968.649 5950239.47 3565968.162 5950238.829 3565967.536 5950237.187 3565966.837 5950235.274 3565966.4 5950233.517 3565966.114 5950231.568 3565965.934 5950229.825 3565966.151 5950227.55 3565966.435 5950225.928 3565966.842 5950224.38 3565967.193 5950222.951 3565967.927 5950221.415 3565968.985 5950219.562 3565985.299 5950199.771 3565985.399 5950197.502 3565989.092 5950112.451 3565999.184 5950112.387 3566005.385 5950112.347 3566034.96 5950112.196 3566120.599 5950111.61 3566151.108 5950111.415 3566148.132 5950127.772 3566144.312 5950148.709 3566122.202 5950148.727 3566117.408 5950159.617 3566118.107 5950160.694 3566118.883 5950162.441 3566119.344 5950164.407 3566119.434 5950166.113 3566119.122 5950168.367 3566118.256 5950170.651 3566116.898 5950172.658 3566115.466 5950174.007 3566114.636 5950174.63 3566112.528 5950175.677 3566110.275 5950176.741 3566108.724 5950177.563 3566107.079 5950178.666 3566106.105 5950179.639 3566105.308 5950180.937 3566104.813 5950182.177 3566104.532 5950182.73 3566104.063 5950184.723 3566103.817 5950185.764 3566103.564 5950186.996 3566103.133 5950189.094 3566102.592 5950191.753 3566102.415 5950192.632 3566102.202 5950194.791 3566102.013 5950196.275 3566101.793 5950198.003 3566101.709 5950198.665 3566101.373 5950201.437 3566101.214 5950202.735 3566101.113 5950204.504 3566101.003 5950206.433 3566100.814 5950211.032 3566100.714 5950216.324 3566100.882 5950220.216 3566101.171 5950224.111 3566101.217 5950225.752 3566101.536 5950230.383 3566103.787 5950231.819 3566104.573 5950237.052 3566104.976 5950239.333 3566105.539 5950242.543 3566106.182 5950245.408 3566107.123 5950249.028 3566108.527 5950253.587 3566110.048 5950258.089 3566111.861 5950262.941 3566113.615 5950267.267 3566115.312 5950270.891 3566116.832 5950274.048 3566118.645 5950277.38 3566121.293 5950281.931 3566123.808 5950285.79 3566126.44 5950289.765 3566127.494 5950291.3 3566128.663 5950293.004 3566130.877 5950295.793 3566132.543 5950297.594 3566134.942 5950299.974 3566137.054 5950301.695 3566139.42 5950303.575 3566141.991 5950305.266 3566144.343 5950306.849 3566142.843 5950315.274 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
    </xplan:BP_AusgleichsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_23ce8de1-4022-4e34-9f46-4fba97c7bce1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566045.825 5950155.926</gml:lowerCorner>
          <gml:upperCorner>3566096.083 5950175.084</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="GML_748abe04-189c-496d-a043-40c01f462f15">
          <gml:posList srsDimension="2" count="5">3566046.883 5950155.926 3566045.825 5950171.806 3566095.025 5950175.084 3566096.083 5950159.204 3566046.883 5950155.926 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_5ca53956-ee7e-47d5-a44e-e65d2e375e47">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565977.569 5950208.902</gml:lowerCorner>
          <gml:upperCorner>3566062.93 5950238.182</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="GML_2b36f506-9df3-4184-af04-693ebbfbb9c8">
          <gml:posList srsDimension="2" count="8">3565997.718 5950208.902 3565997.508 5950223.958 3565977.767 5950223.682 3565977.569 5950237.903 3565997.511 5950238.182 3566062.699 5950226.33 3566062.93 5950209.813 3565997.718 5950208.902 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_5f6aa2b3-e842-4dd5-813b-c46810aa9536">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566007.594 5950119.098</gml:lowerCorner>
          <gml:upperCorner>3566182.062 5950171.468</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="GML_6efa1e89-ff63-406c-b8a7-8ea07b6009a6">
          <gml:posList srsDimension="2" count="12">3566046.68 5950134.067 3566097.563 5950134.225 3566097.534 5950143.686 3566150.372 5950143.85 3566146.467 5950166.383 3566173.151 5950171.468 3566182.062 5950121.265 3566171.9 5950119.607 3566007.727 5950119.098 3566007.594 5950143.547 3566046.651 5950143.668 3566046.68 5950134.067 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_e34c6b4a-d601-4792-ab9f-ec513ce903c8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566002.704 5950158.434</gml:lowerCorner>
          <gml:upperCorner>3566034.77 5950180.013</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="GML_e549761a-7563-427d-86a8-cbaa2325d0ed">
          <gml:posList srsDimension="2" count="5">3566002.77 5950158.434 3566002.704 5950179.91 3566034.703 5950180.013 3566034.77 5950158.533 3566002.77 5950158.434 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_f7cc45d6-c3a1-48fe-a40d-34422c97acac">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565997.683 5950246.051</gml:lowerCorner>
          <gml:upperCorner>3566095.042 5950283.388</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="GML_a2061788-5f40-4c56-b849-8f10e930f12a">
          <gml:posList srsDimension="2" count="13">3565997.683 5950256.087 3566000.749 5950283.388 3566095.042 5950273.35 3566092.136 5950246.051 3566078.024 5950247.554 3566079.402 5950260.496 3566053.745 5950263.227 3566052.357 5950250.192 3566037.714 5950251.751 3566039.11 5950264.86 3566013.714 5950267.563 3566012.326 5950254.529 3565997.683 5950256.087 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_aeac6885-1538-46ea-bbdb-1f02b749d4f1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566140.481 5950111.415</gml:lowerCorner>
          <gml:upperCorner>3566183.009 5950175.043</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_cab8c30b-b6a5-4f54-86f1-46544650dabe">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">3566172.502 5950175.043 3566140.481 5950169.618 3566144.312 5950148.709 3566145.694 5950141.163 3566151.109 5950111.415 3566183.009 5950115.933 3566172.502 5950175.043 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>1.8</xplan:GFZ>
      <xplan:GF uom="m2">0</xplan:GF>
      <xplan:GRZ>0.7</xplan:GRZ>
      <xplan:Z>3</xplan:Z>
      <xplan:besondereArtDerBaulNutzung>1500</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>2000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_d8c2cc88-9aba-4957-9d79-2297412bef70">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566122.205 5950111.418</gml:lowerCorner>
          <gml:upperCorner>3566151.111 5950148.73</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_5888974f-8fb0-40e1-8dde-f62e3910eff7">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="8">3566148.135 5950127.775 3566144.315 5950148.712 3566122.205 5950148.73 3566124.35 5950143.772 3566124.586 5950113.694 3566126.708 5950111.574 3566151.111 5950111.418 3566148.135 5950127.775 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:dachform>1000</xplan:dachform>
      <xplan:GFZ>1</xplan:GFZ>
      <xplan:GF uom="m2">0</xplan:GF>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>3</xplan:Z>
      <xplan:besondereArtDerBaulNutzung>1100</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>2000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_f2c24183-2852-4ebe-b996-ee79c6d87e32">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565965.934 5950107.629</gml:lowerCorner>
          <gml:upperCorner>3566120.582 5950292.703</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_daaa6d36-08dc-4828-96a5-8db66b220703">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="139">3566097.925 5950175.007 3566096.823 5950178.999 3566095.419 5950184.552 3566094.424 5950189.463 3566093.781 5950193.496 3566093.079 5950198.465 3566092.611 5950203.376 3566092.32 5950207.694 3566092.086 5950212.429 3566092.086 5950217.456 3566092.086 5950217.589 3566092.1 5950218.017 3566092.203 5950222.133 3566092.495 5950226.634 3566092.902 5950230.299 3566093.253 5950233.047 3566094.014 5950238.191 3566094.07 5950238.575 3566094.177 5950239.145 3566094.716 5950242.283 3566095.651 5950246.024 3566096.587 5950250.116 3566097.757 5950254.618 3566099.102 5950259.177 3566100.229 5950262.267 3566101.574 5950266.125 3566103.388 5950270.393 3566104.908 5950273.959 3566106.721 5950277.524 3566108.184 5950280.447 3566108.772 5950281.481 3566006.653 5950292.6 3566005.465 5950292.694 3566003.721 5950292.703 3566001.772 5950292.533 3565999.638 5950292.121 3565997.76 5950291.552 3565996.172 5950290.907 3565994.066 5950289.788 3565992.163 5950288.469 3565990.758 5950287.26 3565989.045 5950285.427 3565987.75 5950283.666 3565986.692 5950281.845 3565985.9 5950280.101 3565985.29 5950278.327 3565984.87 5950276.608 3565984.562 5950274.439 3565984.317 5950271.6 3565982.591 5950251.623 3565982.307 5950248.557 3565980.758 5950248.363 3565978.526 5950247.832 3565976.589 5950246.864 3565973.586 5950245.121 3565971.843 5950243.475 3565969.615 5950241.152 3565968.162 5950238.829 3565966.903 5950236.408 3565966.418 5950234.278 3565965.934 5950231.568 3565965.934 5950229.825 3565965.934 5950227.308 3565966.515 5950224.791 3565967.193 5950222.951 3565967.968 5950221.112 3565968.985 5950219.562 3565985.299 5950199.771 3565988.841 5950107.629 3565995.189 5950108.107 3566117.985 5950111.627 3566118.463 5950111.624 3566120.582 5950113.747 3566120.353 5950142.926 3566114.374 5950156.748 3566114.011 5950156.428 3566112.294 5950155.861 3566111.947 5950155.751 3566111.597 5950155.652 3566111.243 5950155.566 3566110.887 5950155.493 3566110.529 5950155.431 3566110.168 5950155.382 3566109.806 5950155.346 3566109.443 5950155.322 3566109.079 5950155.311 3566108.715 5950155.312 3566108.352 5950155.326 3566107.989 5950155.353 3566107.627 5950155.392 3566107.267 5950155.444 3566106.909 5950155.508 3566106.553 5950155.584 3566106.201 5950155.673 3566105.851 5950155.774 3566105.505 5950155.887 3566105.163 5950156.012 3566104.826 5950156.149 3566104.494 5950156.297 3566104.167 5950156.457 3566103.846 5950156.628 3566103.531 5950156.809 3566103.222 5950157.002 3566102.921 5950157.205 3566102.626 5950157.419 3566102.339 5950157.643 3566102.06 5950157.876 3566101.789 5950158.119 3566101.527 5950158.372 3566101.274 5950158.633 3566101.03 5950158.903 3566100.795 5950159.181 3566100.571 5950159.467 3566100.356 5950159.761 3566100.151 5950160.062 3566099.958 5950160.369 3566099.775 5950160.684 3566099.602 5950161.004 3566099.442 5950161.331 3566099.292 5950161.662 3566099.154 5950161.999 3566099.028 5950162.34 3566098.914 5950162.686 3566098.811 5950163.035 3566098.721 5950163.387 3566098.644 5950163.743 3566098.578 5950164.101 3566098.525 5950164.461 3566098.485 5950164.822 3566098.457 5950165.185 3566098.441 5950165.548 3566098.439 5950165.912 3566098.448 5950166.276 3566098.471 5950166.639 3566098.578 5950169.145 3566098.522 5950170.301 3566098.489 5950170.989 3566098.264 5950173.195 3566097.925 5950175.007 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:dachform>1000</xplan:dachform>
      <xplan:GFZ>1</xplan:GFZ>
      <xplan:GF uom="m2">0</xplan:GF>
      <xplan:GRZ>0.4</xplan:GRZ>
      <xplan:Z>3</xplan:Z>
      <xplan:besondereArtDerBaulNutzung>1100</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>2000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GML_a11d05b2-b7d1-4244-89ff-3d328458d147">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565768.558 5950055.548</gml:lowerCorner>
          <gml:upperCorner>3566186.097 5950375.339</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>0</xplan:nummer>
      <xplan:name>defaultBereich</xplan:name>
      <xplan:planinhalt xlink:href="#GML_8fd01e89-0f56-4832-8d7b-c0e4d9a5fb76" />
      <xplan:planinhalt xlink:href="#GML_0f7692a5-afa0-44ce-b22b-421ab926b906" />
      <xplan:planinhalt xlink:href="#GML_434532c5-b21a-4814-b3b4-58fd690bd99f" />
      <xplan:planinhalt xlink:href="#GML_74cf9f4d-0b2c-44ba-9c24-c340c6132a1c" />
      <xplan:planinhalt xlink:href="#GML_369efa40-dd61-4b84-8a8b-5c1dbbd29eec" />
      <xplan:planinhalt xlink:href="#GML_aeac6885-1538-46ea-bbdb-1f02b749d4f1" />
      <xplan:planinhalt xlink:href="#GML_d8c2cc88-9aba-4957-9d79-2297412bef70" />
      <xplan:planinhalt xlink:href="#GML_f2c24183-2852-4ebe-b996-ee79c6d87e32" />
      <xplan:planinhalt xlink:href="#GML_f7cc45d6-c3a1-48fe-a40d-34422c97acac" />
      <xplan:planinhalt xlink:href="#GML_5ca53956-ee7e-47d5-a44e-e65d2e375e47" />
      <xplan:planinhalt xlink:href="#GML_e34c6b4a-d601-4792-ab9f-ec513ce903c8" />
      <xplan:planinhalt xlink:href="#GML_23ce8de1-4022-4e34-9f46-4fba97c7bce1" />
      <xplan:planinhalt xlink:href="#GML_5f6aa2b3-e842-4dd5-813b-c46810aa9536" />
      <xplan:planinhalt xlink:href="#GML_55c8ab5c-e44d-4485-9663-b649f1fede3f" />
      <xplan:planinhalt xlink:href="#GML_f1a47e79-90ab-49a3-84a1-50cfe1f6c8c4" />
      <xplan:planinhalt xlink:href="#GML_905e2a25-264a-41c1-bfab-833a63e4b01b" />
      <xplan:planinhalt xlink:href="#GML_ac4d06a8-e4cc-4cb4-9f66-8f1d70ddeaf5" />
      <xplan:planinhalt xlink:href="#GML_3a6a98a8-0676-42e7-a7eb-32064521e269" />
      <xplan:planinhalt xlink:href="#GML_683c0d1c-215a-4f0d-b95d-695dd5be3c50" />
      <xplan:planinhalt xlink:href="#GML_e8b3d2b1-c012-4d11-8fcf-859784da9086" />
      <xplan:planinhalt xlink:href="#GML_6baa6b99-5c6d-48dc-bcde-960609613da6" />
      <xplan:planinhalt xlink:href="#GML_c7a1975f-1e6c-494c-9d0a-ef1f09d3c63a" />
      <xplan:planinhalt xlink:href="#GML_3d226aaa-74c7-4e66-a341-3cabd77d9e9c" />
      <xplan:planinhalt xlink:href="#GML_55ceccff-c809-4b69-b381-d5ff638a773c" />
      <xplan:planinhalt xlink:href="#GML_ae3fee0b-48f2-4014-82c5-9017e8743844" />
      <xplan:planinhalt xlink:href="#GML_04bf3c1a-17cc-475a-9e05-5ee6e5a4c573" />
      <xplan:planinhalt xlink:href="#GML_5cff609b-d0e5-4ed7-bdc6-0e82176aaf80" />
      <xplan:planinhalt xlink:href="#GML_9946bca9-b77b-4af1-9b03-ca3d5d768719" />
      <xplan:planinhalt xlink:href="#GML_138ded1c-6877-414f-885e-552c71f8e96f" />
      <xplan:planinhalt xlink:href="#GML_bebc8bee-8a78-49fc-9bd3-4d794107b5a5" />
      <xplan:planinhalt xlink:href="#GML_5cf72492-35df-471d-b809-932a63b546fc" />
      <xplan:planinhalt xlink:href="#GML_8c92c6be-afa6-41c4-b582-bdf73e761e9b" />
      <xplan:planinhalt xlink:href="#GML_483e30f3-5389-48e8-83c1-43cc2230b4cf" />
      <xplan:planinhalt xlink:href="#GML_d41593d5-b57b-4856-bb76-f2e8415c8857" />
      <xplan:planinhalt xlink:href="#GML_13ffe98d-e078-4d05-a3a0-f62b4e9ac487" />
      <xplan:planinhalt xlink:href="#GML_d542a8fe-358c-4805-81ba-2eaf28c4747b" />
      <xplan:planinhalt xlink:href="#GML_342ce0e0-aa82-46d1-96b4-d8c423485b52" />
      <xplan:planinhalt xlink:href="#GML_7fec6ff3-110f-427e-83c9-8c37b5856883" />
      <xplan:planinhalt xlink:href="#GML_275f4b6e-3825-49ad-8cc6-bd4935143811" />
      <xplan:planinhalt xlink:href="#GML_e1c2d42e-676f-47a9-88f4-5162362c11f3" />
      <xplan:planinhalt xlink:href="#GML_84b593ca-86ab-4280-9e82-9021206eec1a" />
      <xplan:planinhalt xlink:href="#GML_cfe51b8f-e10e-4fe5-a44c-2ab07fa900b3" />
      <xplan:planinhalt xlink:href="#GML_851fcd34-4c70-46ae-bfef-037c341cd291" />
      <xplan:planinhalt xlink:href="#GML_213ea7ed-cf07-4646-8113-0e2e2bd156a7" />
      <xplan:planinhalt xlink:href="#GML_93ca14bc-ba30-4628-9d65-0a9f8f4331d1" />
      <xplan:planinhalt xlink:href="#GML_f4c3ee2a-a873-4dce-8906-2e9be0d47700" />
      <xplan:planinhalt xlink:href="#GML_1cf5cbce-8aed-4d9b-9d21-f75134c7c2c0" />
      <xplan:planinhalt xlink:href="#GML_2279900c-b1ad-457c-9aa5-605f53a3a60c" />
      <xplan:planinhalt xlink:href="#GML_3996d4b3-8b03-418d-a6a6-8e7a1485c8b8" />
      <xplan:planinhalt xlink:href="#GML_187e66c8-713d-4403-b9b8-8b4faf51b734" />
      <xplan:planinhalt xlink:href="#GML_3e1be4c7-7926-4474-ada4-fb73e6548a7a" />
      <xplan:planinhalt xlink:href="#GML_f202ceb3-bf20-457f-98b8-fb828a01bd4e" />
      <xplan:planinhalt xlink:href="#GML_72d21116-9a63-4445-bd1a-df59e169cb15" />
      <xplan:planinhalt xlink:href="#GML_75095479-9fac-4a73-897d-5959db7b1ffc" />
      <xplan:planinhalt xlink:href="#GML_736db579-fcb1-4d2b-8dbf-036025366875" />
      <xplan:planinhalt xlink:href="#GML_e077f3d3-463f-4e86-a3bb-a1935963b280" />
      <xplan:planinhalt xlink:href="#GML_64e10b00-ea37-4145-ad51-bdc8785bf3d5" />
      <xplan:planinhalt xlink:href="#GML_ac493115-dbaa-4147-8749-93a61dfea72c" />
      <xplan:planinhalt xlink:href="#GML_11f4d848-2f4b-4839-b283-ccad0f35f081" />
      <xplan:planinhalt xlink:href="#GML_c79f71f3-caeb-4d1c-a1f6-3b23a5f759db" />
      <xplan:planinhalt xlink:href="#GML_158eaaf7-0ab2-4248-821d-75ee5a45e1fd" />
      <xplan:planinhalt xlink:href="#GML_7f41289d-7414-4c34-a199-03f7b500575c" />
      <xplan:planinhalt xlink:href="#GML_ed952bc8-0fa0-4a97-8f39-13eafdacc2d7" />
      <xplan:planinhalt xlink:href="#GML_9d3144d7-e185-42d0-85ab-e908d16f8cf1" />
      <xplan:planinhalt xlink:href="#GML_95497d67-7183-4b88-bb5a-a349a1b02832" />
      <xplan:planinhalt xlink:href="#GML_c540ca9d-bbd2-47d1-8604-ff8c079ed700" />
      <xplan:planinhalt xlink:href="#GML_f9da5c63-bb7e-4d83-a7e2-f8e170a96e18" />
      <xplan:planinhalt xlink:href="#GML_d6f3f4e9-f994-42e5-ac78-748c75016797" />
      <xplan:planinhalt xlink:href="#GML_27ebeef4-091e-4d6b-8199-30ccbd003c09" />
      <xplan:planinhalt xlink:href="#GML_c7717c1c-0d61-4029-82c3-2917add20da6" />
      <xplan:planinhalt xlink:href="#GML_459eaf4c-4f70-46fa-8c1f-c262a9f1bd40" />
      <xplan:planinhalt xlink:href="#GML_187c1ea1-6efb-49f4-9827-a8d1763456d5" />
      <xplan:planinhalt xlink:href="#GML_75cde58e-df26-459f-8d87-f5e06cded2b3" />
      <xplan:planinhalt xlink:href="#GML_c2cc193c-fb84-48e4-9a13-1a93ee19c3e5" />
      <xplan:planinhalt xlink:href="#GML_950be03c-4715-4170-8e7d-2222b1fed633" />
      <xplan:planinhalt xlink:href="#GML_72b988df-4364-4bbc-84ce-2c09d42fc00f" />
      <xplan:planinhalt xlink:href="#GML_e240fa55-0846-41f6-a9a5-9094e184ee19" />
      <xplan:planinhalt xlink:href="#GML_d59e8f1a-38db-4c50-a5a0-5085a6195e35" />
      <xplan:planinhalt xlink:href="#GML_45c47762-fd5e-4881-8a1b-c86f9cb3c2de" />
      <xplan:planinhalt xlink:href="#GML_a3e1ea04-ab7d-4db2-945e-5e6214aa4bad" />
      <xplan:planinhalt xlink:href="#GML_bcaeb431-b4b8-4374-99f2-d9d2ff9cfba7" />
      <xplan:planinhalt xlink:href="#GML_14af64e8-fe50-4671-8dc9-72794cc18eb7" />
      <xplan:planinhalt xlink:href="#GML_8c3ca7ee-c329-4791-b040-e93228291683" />
      <xplan:planinhalt xlink:href="#GML_4af0ba81-c7c3-49bf-9b6e-a6f04b5664a9" />
      <xplan:planinhalt xlink:href="#GML_df2e0278-d84e-409e-a9d1-e26e70db392a" />
      <xplan:planinhalt xlink:href="#GML_29336730-c5dc-4d2b-b752-70ac0858147e" />
      <xplan:planinhalt xlink:href="#GML_a2817027-dfef-4c45-97e3-e63f7faa0bd0" />
      <xplan:planinhalt xlink:href="#GML_d9fd98e8-f644-4232-8e86-0833fd045b9d" />
      <xplan:planinhalt xlink:href="#GML_a0892731-1bf1-4b15-90a9-75f91b103eeb" />
      <xplan:planinhalt xlink:href="#GML_82b07b74-369c-41f8-8375-20d80127e13a" />
      <xplan:planinhalt xlink:href="#GML_aa9d0f5c-5a34-408c-8401-7e1c27057195" />
      <xplan:planinhalt xlink:href="#GML_52a0b96c-ef9c-418a-8d51-cd759c820d81" />
      <xplan:planinhalt xlink:href="#GML_f957a366-9051-44b5-b9ba-bb79b5099367" />
      <xplan:planinhalt xlink:href="#GML_54ad1766-ff0b-4b1b-863b-064903bd6f41" />
      <xplan:planinhalt xlink:href="#GML_de669677-4a8b-41d0-a93a-db022694bb91" />
      <xplan:planinhalt xlink:href="#GML_c3f3cdaa-18a2-4678-a505-982308533485" />
      <xplan:planinhalt xlink:href="#GML_74259188-8cce-464a-bb1c-215c81f33513" />
      <xplan:planinhalt xlink:href="#GML_9063c775-f637-4efd-b3da-ed48e523c954" />
      <xplan:planinhalt xlink:href="#GML_f7be70e9-6d7a-4251-83a6-61cd1a05cefd" />
      <xplan:planinhalt xlink:href="#GML_2b93c1c6-9314-49d7-9eca-cd57307525a1" />
      <xplan:planinhalt xlink:href="#GML_1e86d6c0-2283-4b04-94ef-00ccdf7f8658" />
      <xplan:planinhalt xlink:href="#GML_3d4169a8-4a12-4f17-959d-42677868dc54" />
      <xplan:planinhalt xlink:href="#GML_38847642-7d42-434c-bb26-5e7276710cbe" />
      <xplan:planinhalt xlink:href="#GML_30140bf4-cc3e-4474-ac2b-badefb2a1ca3" />
      <xplan:planinhalt xlink:href="#GML_8adb189b-03cb-49d4-9ea6-25fdfc20c36a" />
      <xplan:planinhalt xlink:href="#GML_db873c14-a5f3-4b15-a226-00ee433dbb3b" />
      <xplan:planinhalt xlink:href="#GML_32e79f7b-761c-4ea3-9252-1dc1f814b2c7" />
      <xplan:planinhalt xlink:href="#GML_6c967192-7842-44de-95a1-a1e98a97cf61" />
      <xplan:planinhalt xlink:href="#GML_b6654827-65a8-4c24-bb1b-bf1c031524b4" />
      <xplan:planinhalt xlink:href="#GML_4a9aa7c0-f7de-4f10-ac5d-833046ce009d" />
      <xplan:planinhalt xlink:href="#GML_7640fc74-06f2-4127-9c75-5d26a0bc1152" />
      <xplan:planinhalt xlink:href="#GML_d6d00f13-a343-4689-b518-5a3d85ef8c3b" />
      <xplan:planinhalt xlink:href="#GML_34b388ab-f39c-4540-ae75-c9b811965c5e" />
      <xplan:planinhalt xlink:href="#GML_27d3c673-37de-4405-807e-dedb2bd60a67" />
      <xplan:planinhalt xlink:href="#GML_f34b1f77-2269-4be9-9f4c-d1927216b299" />
      <xplan:planinhalt xlink:href="#GML_5c94d512-80f9-4a1e-875b-b8cfd3fe677c" />
      <xplan:planinhalt xlink:href="#GML_d06c08af-55ee-48e8-9a6e-f0a29445d311" />
      <xplan:planinhalt xlink:href="#GML_8b40529d-abe1-4cd7-8e36-863d4bf2b7af" />
      <xplan:planinhalt xlink:href="#GML_6055b015-75d5-4e42-aa78-723905fb0930" />
      <xplan:planinhalt xlink:href="#GML_b7ae76ab-18b9-4bdc-9a9b-bf4acc6fbb70" />
      <xplan:planinhalt xlink:href="#GML_46d2bc9b-dce4-46c8-97c1-1d0b1a215637" />
      <xplan:planinhalt xlink:href="#GML_1168cdfe-c6f8-455b-984d-03de418be5d7" />
      <xplan:planinhalt xlink:href="#GML_4c949e88-41f5-4054-8cef-be77b8254b31" />
      <xplan:planinhalt xlink:href="#GML_720c3b0d-71a5-46f0-8bf8-e0adfa6ab82d" />
      <xplan:planinhalt xlink:href="#GML_1a8ac70a-764a-43e0-a5d0-ee5b98a23d83" />
      <xplan:planinhalt xlink:href="#GML_6f371ccc-aee1-4fa0-8b07-ee9aaa9c0468" />
      <xplan:praesentationsobjekt xlink:href="#GML_e6c599a2-13fa-42f4-ba18-0dbd45c72336" />
      <xplan:praesentationsobjekt xlink:href="#GML_a30f7fd0-4c20-4433-af67-fa5443f4db1e" />
      <xplan:praesentationsobjekt xlink:href="#GML_bdf47189-1131-4fda-94dc-8d08ecfc4b99" />
      <xplan:praesentationsobjekt xlink:href="#GML_e4b8b013-a04b-41ee-be2e-a21031a92e75" />
      <xplan:praesentationsobjekt xlink:href="#GML_04b2e53a-0e47-4192-acf9-72ace59e7fde" />
      <xplan:praesentationsobjekt xlink:href="#GML_d57fa0a8-a505-45cf-8e24-d0d15d0f1bd9" />
      <xplan:praesentationsobjekt xlink:href="#GML_84fef7f7-e801-4601-989c-7b07bc225f1e" />
      <xplan:praesentationsobjekt xlink:href="#GML_530a3bc1-9b5b-4bcc-8fa0-f69a8f54160d" />
      <xplan:praesentationsobjekt xlink:href="#GML_226bbc06-d3ab-439d-ae75-ec608f5ff0b8" />
      <xplan:praesentationsobjekt xlink:href="#GML_3bf7f76f-c103-4fb1-9f94-4d8ad94440b6" />
      <xplan:praesentationsobjekt xlink:href="#GML_53f18c5e-736e-4a1b-8283-4d152f431375" />
      <xplan:praesentationsobjekt xlink:href="#GML_70d2d857-c684-40b0-96dd-f8157c27187c" />
      <xplan:praesentationsobjekt xlink:href="#GML_8d2cb257-4f8d-47c9-afec-58d48a21eae6" />
      <xplan:praesentationsobjekt xlink:href="#GML_c6c4267d-1d6f-461e-86f9-25a6b407a151" />
      <xplan:praesentationsobjekt xlink:href="#GML_dd03a2bb-33c4-4b68-a84f-ac609a835f12" />
      <xplan:praesentationsobjekt xlink:href="#GML_81f13eae-6cad-4612-8d8e-7521eb7b5432" />
      <xplan:praesentationsobjekt xlink:href="#GML_ebe8c608-f792-4255-894d-d3e4987ac4c8" />
      <xplan:praesentationsobjekt xlink:href="#GML_48eeb06d-cd17-4ec8-a531-3ab5ebc8f33b" />
      <xplan:gehoertZuPlan xlink:href="#GML_158645a2-22db-446c-b614-54b586cdf7de" />
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_ErhaltungsBereichFlaeche gml:id="GML_55c8ab5c-e44d-4485-9663-b649f1fede3f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566045.825 5950155.926</gml:lowerCorner>
          <gml:upperCorner>3566096.083 5950175.084</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_0974bd3e-2e9a-4eb7-a859-ab60cb1b5c82">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3566096.083 5950159.204 3566095.025 5950175.084 3566045.825 5950171.806 3566046.883 5950155.926 3566096.083 5950159.204 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:grund>1000</xplan:grund>
    </xplan:BP_ErhaltungsBereichFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GewaesserFlaeche gml:id="GML_6f371ccc-aee1-4fa0-8b07-ee9aaa9c0468">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565768.558 5950066.739</gml:lowerCorner>
          <gml:upperCorner>3566000.563 5950375.339</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_c079e73f-bfb6-413d-9a7e-42297cf78ee2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="40">3565769.676 5950066.739 3565780.68 5950081.917 3565792.464 5950097.694 3565793.811 5950099.854 3565800.304 5950109.054 3565812.582 5950125.776 3565816.268 5950130.655 3565831.984 5950152.297 3565859.587 5950190.023 3565878.554 5950215.896 3565901.159 5950246.624 3565929.436 5950285.334 3565941.948 5950302.313 3565954.205 5950319.14 3565971.843 5950343.312 3565971.843 5950343.312 3565979.294 5950353.352 3565979.558 5950353.741 3565979.835 5950354.121 3565980.124 5950354.492 3565980.426 5950354.852 3565980.74 5950355.202 3565981.065 5950355.542 3565981.402 5950355.87 3565981.75 5950356.186 3565982.108 5950356.491 3565982.476 5950356.783 3565982.854 5950357.063 3565998.785 5950373.066 3566000.563 5950374.82 3565999.813 5950375.339 3565981.408 5950357.091 3565978.754 5950354.1 3565896.943 5950242.402 3565895.496 5950240.427 3565831.293 5950152.767 3565793.275 5950100.858 3565788.731 5950094.651 3565768.558 5950067.102 3565769.676 5950066.739 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
    </xplan:BP_GewaesserFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_30140bf4-cc3e-4474-ac2b-badefb2a1ca3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565872.964 5950099.316</gml:lowerCorner>
          <gml:upperCorner>3566117.581 5950374.82</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_e8e3f2d7-9f62-4748-993e-1c60c6d05950">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="188">3565979.99 5950275.706 3565979.983 5950275.334 3565979.965 5950274.963 3565979.933 5950274.592 3565979.889 5950274.222 3565979.833 5950273.854 3565979.764 5950273.489 3565979.683 5950273.126 3565979.589 5950272.765 3565979.484 5950272.408 3565979.366 5950272.055 3565979.237 5950271.707 3565979.096 5950271.362 3565978.943 5950271.023 3565978.779 5950270.689 3565978.603 5950270.361 3565978.417 5950270.038 3565978.22 5950269.723 3565978.012 5950269.414 3565977.794 5950269.112 3565977.566 5950268.818 3565977.328 5950268.532 3565977.081 5950268.254 3565976.824 5950267.985 3565976.559 5950267.724 3565976.284 5950267.473 3565976.002 5950267.231 3565969.255 5950262.227 3565968.108 5950261.321 3565966.995 5950260.376 3565965.915 5950259.392 3565964.871 5950258.371 3565963.862 5950257.314 3565962.892 5950256.222 3565961.96 5950255.096 3565961.069 5950253.939 3565960.218 5950252.752 3565959.41 5950251.535 3565958.644 5950250.29 3565957.923 5950249.02 3565957.247 5950247.725 3565956.617 5950246.407 3565956.033 5950245.068 3565955.496 5950243.709 3565955.008 5950242.333 3565954.568 5950240.94 3565954.55 5950240.881 3565953.926 5950238.298 3565953.214 5950234.557 3565953.051 5950230.954 3565953.214 5950227.966 3565953.47 5950224.712 3565953.737 5950221.773 3565954.45 5950217.943 3565954.896 5950215.538 3565955.698 5950212.688 3565956.589 5950210.194 3565958.371 5950206.987 3565960.053 5950204.392 3565961.844 5950201.708 3565963.634 5950198.844 3565964.888 5950196.562 3565966.097 5950194.012 3565967.461 5950189.839 3565967.907 5950186.811 3565968.264 5950183.871 3565967.818 5950179.24 3565967.016 5950176.122 3565965.679 5950172.114 3565964.432 5950169.709 3565962.783 5950166.86 3565961.313 5950164.989 3565958.365 5950162.241 3565954.833 5950158.91 3565952.389 5950156.937 3565949.556 5950154.704 3565946.731 5950152.496 3565945.057 5950151.312 3565941.945 5950149.11 3565939.011 5950147.283 3565933.159 5950144.02 3565927.679 5950141.623 3565924.409 5950140.455 3565920.585 5950139.09 3565916.879 5950137.722 3565914.384 5950136.743 3565911.265 5950135.317 3565906.414 5950132.232 3565900.571 5950126.678 3565896.65 5950122.581 3565892.707 5950118.383 3565889.369 5950115.16 3565885.969 5950111.876 3565872.964 5950099.316 3565944.298 5950104.253 3565988.841 5950107.629 3565988.628 5950112.954 3565985.299 5950199.771 3565968.985 5950219.562 3565967.968 5950221.112 3565967.193 5950222.951 3565966.515 5950224.791 3565965.934 5950227.308 3565965.934 5950229.825 3565965.934 5950231.568 3565966.418 5950234.278 3565966.903 5950236.408 3565968.162 5950238.829 3565969.615 5950241.152 3565971.843 5950243.475 3565973.586 5950245.121 3565976.589 5950246.864 3565978.526 5950247.832 3565980.758 5950248.363 3565982.307 5950248.557 3565982.591 5950251.623 3565984.317 5950271.6 3565984.562 5950274.439 3565984.87 5950276.608 3565985.29 5950278.327 3565985.9 5950280.101 3565986.692 5950281.845 3565987.75 5950283.666 3565989.045 5950285.427 3565990.758 5950287.26 3565992.163 5950288.469 3565994.066 5950289.788 3565996.172 5950290.907 3565997.76 5950291.552 3565999.638 5950292.121 3566001.772 5950292.533 3566003.721 5950292.703 3566005.465 5950292.694 3566006.653 5950292.6 3566108.772 5950281.481 3566109.88 5950283.429 3566111.693 5950286.41 3566113.331 5950289.158 3566115.027 5950291.788 3566117.581 5950295.568 3566117.581 5950295.568 3566117.581 5950295.568 3566081.951 5950319.403 3566024.753 5950358.073 3566000.563 5950374.82 3565998.785 5950373.066 3565982.854 5950357.063 3565982.476 5950356.783 3565982.108 5950356.491 3565981.75 5950356.186 3565981.402 5950355.87 3565981.065 5950355.542 3565980.74 5950355.202 3565980.426 5950354.852 3565980.124 5950354.492 3565979.835 5950354.121 3565979.558 5950353.741 3565979.294 5950353.352 3565971.843 5950343.312 3565971.843 5950343.312 3565954.281 5950319.243 3565958.447 5950316.191 3565959.897 5950315.084 3565961.308 5950313.928 3565962.678 5950312.725 3565964.006 5950311.475 3565965.291 5950310.18 3565966.53 5950308.842 3565967.722 5950307.461 3565968.866 5950306.041 3565969.961 5950304.582 3565971.005 5950303.087 3565971.997 5950301.556 3565972.936 5950299.992 3565973.82 5950298.397 3565974.649 5950296.773 3565975.422 5950295.12 3565976.137 5950293.443 3565976.794 5950291.741 3565977.393 5950290.018 3565977.931 5950288.276 3565978.41 5950286.516 3565978.828 5950284.74 3565979.184 5950282.952 3565979.479 5950281.152 3565979.712 5950279.343 3565979.882 5950277.527 3565979.99 5950275.706 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_32e79f7b-761c-4ea3-9252-1dc1f814b2c7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565773.226 5950073.002</gml:lowerCorner>
          <gml:upperCorner>3565989.303 5950101.63</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_80cee47e-f131-4c71-9dbb-b576e059c97b">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="32">3565787.073 5950075.44 3565804.521 5950073.694 3565823.288 5950073.672 3565861.333 5950079.347 3565895.056 5950084.378 3565985.083 5950095.534 3565989.303 5950096.057 3565989.08 5950101.63 3565944.712 5950098.267 3565851.489 5950091.815 3565849.526 5950092.067 3565847.555 5950092.256 3565845.387 5950092.39 3565843.215 5950092.448 3565841.043 5950092.43 3565838.873 5950092.336 3565836.707 5950092.165 3565830.714 5950091.83 3565824.318 5950092.044 3565817.933 5950092.484 3565811.568 5950093.151 3565805.949 5950093.286 3565800.336 5950093.573 3565794.527 5950094.041 3565788.731 5950094.651 3565773.226 5950073.447 3565774.296 5950073.094 3565774.557 5950073.453 3565778.25 5950073.002 3565780.515 5950076.096 3565787.073 5950075.44 3565787.073 5950075.44 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_8adb189b-03cb-49d4-9ea6-25fdfc20c36a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566110.275 5950148.709</gml:lowerCorner>
          <gml:upperCorner>3566172.502 5950186.853</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_8d551e3f-302f-4bc7-9477-2849cdf9e26b">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="62">3566172.502 5950175.043 3566170.384 5950186.853 3566111.339 5950176.92 3566110.275 5950176.741 3566112.528 5950175.677 3566112.869 5950175.547 3566113.206 5950175.404 3566113.537 5950175.249 3566113.863 5950175.084 3566114.183 5950174.907 3566114.496 5950174.719 3566114.803 5950174.52 3566115.102 5950174.31 3566115.394 5950174.091 3566115.679 5950173.861 3566115.955 5950173.621 3566116.223 5950173.372 3566116.481 5950173.114 3566116.731 5950172.847 3566116.971 5950172.572 3566117.202 5950172.288 3566117.422 5950171.996 3566117.632 5950171.697 3566117.832 5950171.391 3566118.021 5950171.078 3566118.199 5950170.759 3566118.366 5950170.433 3566118.521 5950170.102 3566118.664 5950169.766 3566118.796 5950169.425 3566118.916 5950169.08 3566119.024 5950168.731 3566119.119 5950168.378 3566119.203 5950168.022 3566119.273 5950167.663 3566119.332 5950167.302 3566119.377 5950166.94 3566119.41 5950166.576 3566119.43 5950166.211 3566119.438 5950165.845 3566119.433 5950165.48 3566119.415 5950165.115 3566119.384 5950164.75 3566119.341 5950164.387 3566119.285 5950164.026 3566119.217 5950163.667 3566119.136 5950163.31 3566119.043 5950162.957 3566118.938 5950162.607 3566118.82 5950162.261 3566118.691 5950161.919 3566118.549 5950161.582 3566118.396 5950161.25 3566118.232 5950160.923 3566118.056 5950160.603 3566117.869 5950160.289 3566117.672 5950159.981 3566117.463 5950159.681 3566122.202 5950148.727 3566144.312 5950148.709 3566140.481 5950169.618 3566172.502 5950175.043 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_db873c14-a5f3-4b15-a226-00ee433dbb3b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566102.735 5950176.802</gml:lowerCorner>
          <gml:upperCorner>3566170.384 5950306.856</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_8878f100-a2a2-457e-82a1-158d2144c2dd">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="59">3566103.839 5950231.851 3566103.8 5950231.59 3566103.474 5950229.04 3566103.105 5950225.715 3566102.843 5950221.684 3566102.735 5950217.364 3566102.735 5950212.745 3566102.951 5950208.381 3566103.225 5950204.313 3566103.655 5950199.802 3566104.309 5950195.177 3566104.9 5950191.467 3566105.797 5950187.038 3566107.107 5950181.856 3566107.223 5950181.487 3566107.343 5950181.162 3566107.474 5950180.842 3566107.616 5950180.527 3566107.769 5950180.216 3566107.933 5950179.911 3566108.107 5950179.612 3566108.291 5950179.319 3566108.485 5950179.033 3566108.689 5950178.753 3566108.902 5950178.481 3566109.125 5950178.216 3566109.357 5950177.959 3566109.597 5950177.71 3566109.846 5950177.47 3566110.103 5950177.238 3566110.368 5950177.016 3566110.641 5950176.802 3566111.339 5950176.92 3566170.384 5950186.853 3566165.67 5950214.322 3566159.872 5950219.629 3566144.342 5950306.856 3566141.759 5950305.191 3566139.42 5950303.575 3566137.054 5950301.695 3566134.942 5950299.974 3566132.543 5950297.594 3566130.53 5950295.468 3566128.554 5950292.834 3566126.44 5950289.765 3566123.808 5950285.79 3566121.293 5950281.931 3566118.645 5950277.38 3566116.832 5950274.048 3566115.312 5950270.891 3566113.615 5950267.267 3566111.861 5950262.941 3566110.048 5950258.089 3566108.527 5950253.587 3566107.123 5950249.028 3566106.182 5950245.408 3566105.539 5950242.543 3566104.778 5950238.509 3566103.839 5950231.851 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_158645a2-22db-446c-b614-54b586cdf7de">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565768.558 5950055.548</gml:lowerCorner>
          <gml:upperCorner>3566186.097 5950375.339</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:name>Bebauungsplan LA 22</xplan:name>
      <xplan:nummer>LA 22</xplan:nummer>
      <xplan:beschreibung>Testdaten XPlanGML</xplan:beschreibung>
      <xplan:raeumlicherGeltungsbereich>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_649a1a5b-9e87-4e07-ac6f-5473817e131d">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="77">3566165.67 5950214.322 3566159.872 5950219.629 3566142.843 5950315.274 3566138.633 5950313.119 3566134.422 5950310.553 3566131.136 5950308.089 3566127.029 5950304.292 3566123.948 5950303.984 3566121.484 5950300.7 3566117.581 5950295.568 3566081.951 5950319.403 3566024.753 5950358.073 3565999.813 5950375.339 3565981.408 5950357.091 3565978.754 5950354.1 3565896.943 5950242.402 3565895.496 5950240.427 3565831.293 5950152.767 3565793.275 5950100.858 3565788.731 5950094.651 3565768.558 5950067.102 3565774.04 5950065.322 3565776.964 5950064.621 3565780.181 5950063.861 3565784.802 5950062.809 3565788.837 5950061.932 3565792.054 5950061.347 3565796.207 5950060.529 3565801.062 5950059.827 3565804.454 5950059.301 3565807.437 5950058.834 3565811.18 5950058.366 3565814.105 5950058.015 3565816.737 5950057.781 3565820.709 5950057.419 3565827.143 5950056.893 3565831.881 5950056.6 3565836.501 5950056.367 3565840.946 5950056.133 3565845.976 5950056.016 3565852.352 5950055.841 3565858.435 5950055.548 3565862.587 5950055.607 3565866.272 5950055.548 3565870.362 5950055.606 3565874.574 5950055.606 3565879.077 5950055.723 3565883.23 5950055.957 3565887.967 5950056.132 3565892.588 5950056.541 3565896.448 5950056.775 3565901.127 5950057.126 3565908.029 5950057.827 3565913.176 5950058.354 3565918.083 5950058.773 3565924.225 5950059.533 3565943.877 5950062.572 3565963.178 5950065.495 3565988.791 5950069.199 3566000.138 5950070.835 3566012.245 5950072.648 3566033.94 5950075.877 3566050.317 5950078.274 3566063.594 5950080.203 3566077.627 5950082.323 3566093.478 5950084.778 3566111.2 5950087.409 3566135.701 5950091.046 3566146.229 5950092.625 3566153.832 5950093.735 3566162.372 5950095.021 3566171.183 5950096.264 3566186.097 5950098.602 3566182.296 5950119.94 3566176.967 5950150.441 3566170.826 5950184.279 3566165.67 5950214.322 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>1234567</xplan:ags>
          <xplan:gemeindeName>Hamburg</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:hoehenbezug>Absolut NN</xplan:hoehenbezug>
      <xplan:veraenderungssperre>false</xplan:veraenderungssperre>
      <xplan:staedtebaulicherVertrag>false</xplan:staedtebaulicherVertrag>
      <xplan:erschliessungsVertrag>false</xplan:erschliessungsVertrag>
      <xplan:bereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_6c967192-7842-44de-95a1-a1e98a97cf61">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565794.499 5950096.406</gml:lowerCorner>
          <gml:upperCorner>3565979.99 5950319.243</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_e590ac9d-8a38-455c-9e46-db193a56225e">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="147">3565933.538 5950290.914 3565925.262 5950279.622 3565917.003 5950268.317 3565908.747 5950257.011 3565900.48 5950245.712 3565892.184 5950234.435 3565883.888 5950223.158 3565875.601 5950211.874 3565867.323 5950200.583 3565859.05 5950189.289 3565850.781 5950177.992 3565842.514 5950166.694 3565834.25 5950155.393 3565826.014 5950144.072 3565817.786 5950132.745 3565809.482 5950121.473 3565800.304 5950109.054 3565794.499 5950100.828 3565800.491 5950099.554 3565806.524 5950098.494 3565812.591 5950097.647 3565818.684 5950097.017 3565824.796 5950096.603 3565830.919 5950096.406 3565872.964 5950099.316 3565885.969 5950111.876 3565889.369 5950115.16 3565892.707 5950118.383 3565896.65 5950122.581 3565900.571 5950126.678 3565906.414 5950132.232 3565911.265 5950135.317 3565914.384 5950136.743 3565916.879 5950137.722 3565920.585 5950139.09 3565924.409 5950140.455 3565927.679 5950141.623 3565933.159 5950144.02 3565939.011 5950147.283 3565941.945 5950149.11 3565945.057 5950151.312 3565946.731 5950152.496 3565949.556 5950154.704 3565952.389 5950156.937 3565954.833 5950158.91 3565958.365 5950162.241 3565961.313 5950164.989 3565962.783 5950166.86 3565964.432 5950169.709 3565965.679 5950172.114 3565967.016 5950176.122 3565967.818 5950179.24 3565968.264 5950183.871 3565967.907 5950186.811 3565967.461 5950189.839 3565966.097 5950194.012 3565964.888 5950196.562 3565963.634 5950198.844 3565961.844 5950201.708 3565960.053 5950204.392 3565958.371 5950206.987 3565956.589 5950210.194 3565955.698 5950212.688 3565954.896 5950215.538 3565954.45 5950217.943 3565953.737 5950221.773 3565953.47 5950224.712 3565953.214 5950227.966 3565953.051 5950230.954 3565953.214 5950234.557 3565953.926 5950238.298 3565954.568 5950240.94 3565954.568 5950240.94 3565955.008 5950242.333 3565955.496 5950243.709 3565956.033 5950245.068 3565956.617 5950246.407 3565957.247 5950247.725 3565957.923 5950249.02 3565958.644 5950250.29 3565959.41 5950251.535 3565960.218 5950252.752 3565961.069 5950253.939 3565961.96 5950255.096 3565962.892 5950256.222 3565963.862 5950257.314 3565964.871 5950258.371 3565965.915 5950259.392 3565966.995 5950260.376 3565968.108 5950261.321 3565969.255 5950262.227 3565976.002 5950267.231 3565976.284 5950267.473 3565976.559 5950267.724 3565976.824 5950267.985 3565977.081 5950268.254 3565977.328 5950268.532 3565977.566 5950268.818 3565977.794 5950269.112 3565978.012 5950269.414 3565978.22 5950269.723 3565978.417 5950270.038 3565978.603 5950270.361 3565978.779 5950270.689 3565978.943 5950271.023 3565979.096 5950271.362 3565979.237 5950271.707 3565979.366 5950272.055 3565979.484 5950272.408 3565979.589 5950272.765 3565979.683 5950273.126 3565979.764 5950273.489 3565979.833 5950273.854 3565979.889 5950274.222 3565979.933 5950274.592 3565979.965 5950274.963 3565979.983 5950275.334 3565979.99 5950275.706 3565979.882 5950277.527 3565979.712 5950279.343 3565979.479 5950281.152 3565979.184 5950282.952 3565978.828 5950284.74 3565978.41 5950286.516 3565977.931 5950288.276 3565977.393 5950290.018 3565976.794 5950291.741 3565976.137 5950293.443 3565975.422 5950295.12 3565974.649 5950296.773 3565973.82 5950298.397 3565972.936 5950299.992 3565971.997 5950301.556 3565971.005 5950303.087 3565969.961 5950304.582 3565968.866 5950306.041 3565967.722 5950307.461 3565966.53 5950308.842 3565965.291 5950310.18 3565964.006 5950311.475 3565962.678 5950312.725 3565961.308 5950313.928 3565959.897 5950315.084 3565958.447 5950316.191 3565954.281 5950319.243 3565950.094 5950313.495 3565933.538 5950290.914 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenVerkehrsFlaeche gml:id="GML_1a8ac70a-764a-43e0-a5d0-ee5b98a23d83">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566092.086 5950155.315</gml:lowerCorner>
          <gml:upperCorner>3566144.342 5950315.274</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_16f36240-865a-4bdb-9d1f-6b79d3b809b1">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="233">3566103.839 5950231.851 3566103.839 5950231.851 3566104.778 5950238.509 3566105.539 5950242.543 3566106.182 5950245.408 3566107.123 5950249.028 3566108.527 5950253.587 3566110.048 5950258.089 3566111.861 5950262.941 3566113.615 5950267.267 3566115.312 5950270.891 3566116.832 5950274.048 3566118.645 5950277.38 3566121.293 5950281.931 3566123.808 5950285.79 3566126.44 5950289.765 3566128.554 5950292.834 3566130.53 5950295.468 3566132.543 5950297.594 3566134.942 5950299.974 3566137.054 5950301.695 3566139.42 5950303.575 3566141.759 5950305.191 3566144.342 5950306.856 3566142.843 5950315.274 3566138.633 5950313.119 3566134.422 5950310.553 3566131.136 5950308.089 3566127.029 5950304.292 3566123.948 5950303.984 3566121.484 5950300.7 3566117.581 5950295.568 3566115.027 5950291.788 3566113.331 5950289.158 3566111.693 5950286.41 3566109.88 5950283.429 3566108.184 5950280.447 3566106.721 5950277.524 3566104.908 5950273.959 3566103.388 5950270.393 3566101.574 5950266.125 3566100.229 5950262.267 3566099.102 5950259.177 3566097.757 5950254.618 3566096.587 5950250.116 3566095.651 5950246.024 3566094.716 5950242.283 3566094.014 5950238.191 3566093.253 5950233.047 3566092.902 5950230.299 3566092.495 5950226.634 3566092.203 5950222.133 3566092.086 5950217.456 3566092.086 5950212.429 3566092.32 5950207.694 3566092.611 5950203.376 3566093.079 5950198.465 3566093.781 5950193.496 3566094.424 5950189.463 3566095.419 5950184.552 3566096.823 5950178.999 3566097.925 5950175.007 3566098.424 5950172.337 3566098.522 5950170.301 3566098.641 5950167.864 3566098.576 5950167.503 3566098.523 5950167.14 3566098.484 5950166.776 3566098.457 5950166.41 3566098.442 5950166.044 3566098.441 5950165.677 3566098.452 5950165.311 3566098.476 5950164.945 3566098.513 5950164.58 3566098.563 5950164.217 3566098.625 5950163.855 3566098.7 5950163.496 3566098.787 5950163.14 3566098.887 5950162.787 3566098.998 5950162.438 3566099.123 5950162.093 3566099.259 5950161.753 3566099.406 5950161.417 3566099.566 5950161.087 3566099.737 5950160.762 3566099.919 5950160.444 3566100.112 5950160.132 3566100.316 5950159.828 3566100.53 5950159.53 3566100.754 5950159.24 3566100.989 5950158.958 3566101.233 5950158.685 3566101.487 5950158.42 3566101.75 5950158.164 3566102.021 5950157.918 3566102.301 5950157.681 3566102.589 5950157.454 3566102.885 5950157.238 3566103.188 5950157.031 3566103.498 5950156.836 3566103.815 5950156.651 3566104.138 5950156.478 3566104.467 5950156.316 3566104.802 5950156.165 3566105.141 5950156.027 3566105.485 5950155.9 3566105.833 5950155.785 3566106.185 5950155.683 3566106.541 5950155.593 3566106.899 5950155.515 3566107.26 5950155.45 3566107.623 5950155.397 3566107.987 5950155.358 3566108.353 5950155.331 3566108.72 5950155.316 3566109.086 5950155.315 3566109.453 5950155.326 3566109.819 5950155.35 3566110.183 5950155.387 3566110.547 5950155.437 3566110.908 5950155.499 3566111.267 5950155.574 3566111.623 5950155.661 3566111.976 5950155.761 3566112.325 5950155.873 3566112.67 5950155.997 3566113.011 5950156.133 3566113.346 5950156.281 3566113.676 5950156.44 3566114.001 5950156.611 3566114.319 5950156.793 3566114.631 5950156.987 3566114.936 5950157.19 3566115.233 5950157.405 3566115.523 5950157.629 3566115.805 5950157.864 3566116.078 5950158.108 3566116.343 5950158.362 3566116.599 5950158.625 3566116.845 5950158.896 3566117.082 5950159.176 3566117.309 5950159.464 3566117.525 5950159.76 3566117.731 5950160.063 3566117.927 5950160.374 3566118.112 5950160.69 3566118.285 5950161.013 3566118.447 5950161.342 3566118.597 5950161.677 3566118.736 5950162.016 3566118.863 5950162.36 3566118.977 5950162.709 3566119.08 5950163.061 3566119.17 5950163.416 3566119.247 5950163.775 3566119.313 5950164.135 3566119.365 5950164.498 3566119.405 5950164.863 3566119.432 5950165.228 3566119.446 5950165.595 3566119.447 5950165.962 3566119.436 5950166.328 3566119.412 5950166.694 3566119.375 5950167.059 3566119.325 5950167.422 3566119.263 5950167.783 3566119.188 5950168.142 3566119.101 5950168.498 3566119.001 5950168.851 3566118.889 5950169.2 3566118.765 5950169.545 3566118.629 5950169.886 3566118.481 5950170.221 3566118.321 5950170.552 3566118.15 5950170.876 3566117.968 5950171.194 3566117.775 5950171.506 3566117.571 5950171.811 3566117.357 5950172.108 3566117.132 5950172.398 3566116.898 5950172.68 3566116.653 5950172.953 3566116.399 5950173.218 3566116.137 5950173.474 3566115.865 5950173.72 3566115.585 5950173.957 3566115.297 5950174.183 3566115.001 5950174.4 3566114.698 5950174.606 3566114.388 5950174.802 3566114.071 5950174.986 3566113.748 5950175.16 3566113.419 5950175.322 3566113.084 5950175.472 3566112.745 5950175.611 3566112.401 5950175.737 3566112.091 5950175.89 3566111.787 5950176.054 3566111.489 5950176.227 3566111.196 5950176.412 3566110.911 5950176.605 3566110.632 5950176.809 3566110.36 5950177.022 3566110.096 5950177.245 3566109.839 5950177.476 3566109.591 5950177.716 3566109.351 5950177.965 3566109.12 5950178.222 3566108.898 5950178.486 3566108.685 5950178.758 3566108.482 5950179.037 3566108.288 5950179.323 3566108.105 5950179.616 3566107.931 5950179.914 3566107.768 5950180.219 3566107.615 5950180.529 3566107.474 5950180.843 3566107.343 5950181.163 3566107.223 5950181.487 3566107.107 5950181.856 3566105.797 5950187.038 3566104.9 5950191.467 3566104.309 5950195.177 3566103.655 5950199.802 3566103.225 5950204.313 3566102.951 5950208.381 3566102.735 5950212.745 3566102.735 5950217.364 3566102.843 5950221.684 3566103.105 5950225.715 3566103.474 5950229.04 3566103.8 5950231.59 3566103.839 5950231.851 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
    </xplan:BP_StrassenVerkehrsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenVerkehrsFlaeche gml:id="GML_4c949e88-41f5-4054-8cef-be77b8254b31">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565790.075 5950091.818</gml:lowerCorner>
          <gml:upperCorner>3566183.928 5950115.936</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_86f18cc2-2d76-4673-82d6-52f21e266c30">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="45">3565793.305 5950099.042 3565793.313 5950099.055 3565792.466 5950097.697 3565791.458 5950096.347 3565790.075 5950094.496 3565797.223 5950093.801 3565804.391 5950093.354 3565811.57 5950093.154 3565817.935 5950092.487 3565824.32 5950092.047 3565830.716 5950091.833 3565836.709 5950092.168 3565838.875 5950092.339 3565841.045 5950092.433 3565843.217 5950092.451 3565845.389 5950092.393 3565847.557 5950092.259 3565849.528 5950092.07 3565851.492 5950091.818 3565944.714 5950098.27 3565989.085 5950101.633 3565989.085 5950101.633 3565989.305 5950096.06 3566036.953 5950102.094 3566125.9 5950101.652 3566175.063 5950108.495 3566175.631 5950104.834 3566181.161 5950105.639 3566180.483 5950110.293 3566183.928 5950110.794 3566183.011 5950115.936 3566151.111 5950111.418 3566117.98 5950111.63 3565995.05 5950108.102 3565944.3 5950104.256 3565830.921 5950096.409 3565825.672 5950096.564 3565820.43 5950096.879 3565815.2 5950097.353 3565809.987 5950097.987 3565804.796 5950098.779 3565799.631 5950099.729 3565794.498 5950100.835 3565794.162 5950100.299 3565793.305 5950099.042 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
    </xplan:BP_StrassenVerkehrsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenVerkehrsFlaeche gml:id="GML_720c3b0d-71a5-46f0-8bf8-e0adfa6ab82d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566114.347 5950111.571</gml:lowerCorner>
          <gml:upperCorner>3566126.706 5950159.681</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_b9f0cdd9-93ae-4ac3-acd7-2c571d38b743">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="21">3566126.706 5950111.571 3566124.583 5950113.691 3566124.347 5950143.769 3566117.463 5950159.681 3566117.251 5950159.396 3566117.029 5950159.118 3566116.798 5950158.848 3566116.558 5950158.586 3566116.309 5950158.332 3566116.051 5950158.087 3566115.786 5950157.85 3566115.512 5950157.623 3566115.232 5950157.405 3566114.943 5950157.197 3566114.648 5950156.999 3566114.347 5950156.81 3566120.353 5950142.926 3566120.582 5950113.747 3566118.462 5950111.624 3566118.462 5950111.624 3566126.706 5950111.571 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
    </xplan:BP_StrassenVerkehrsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_4a9aa7c0-f7de-4f10-ac5d-833046ce009d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566102.735 5950111.415</gml:lowerCorner>
          <gml:upperCorner>3566181.028 5950306.856</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="GML_12e595ea-bb98-4f9f-9612-2fd57c6562ee">
          <gml:posList srsDimension="2" count="120">3566144.342 5950306.856 3566141.759 5950305.191 3566139.42 5950303.575 3566137.054 5950301.695 3566134.942 5950299.974 3566132.543 5950297.594 3566130.53 5950295.468 3566128.554 5950292.834 3566126.44 5950289.765 3566123.808 5950285.79 3566121.293 5950281.931 3566118.645 5950277.38 3566116.832 5950274.048 3566115.312 5950270.891 3566113.615 5950267.267 3566111.861 5950262.941 3566110.048 5950258.089 3566108.527 5950253.587 3566107.123 5950249.028 3566106.182 5950245.408 3566105.539 5950242.543 3566104.778 5950238.509 3566103.839 5950231.851 3566103.839 5950231.851 3566103.8 5950231.59 3566103.474 5950229.04 3566103.105 5950225.715 3566102.843 5950221.684 3566102.735 5950217.364 3566102.735 5950212.745 3566102.951 5950208.381 3566103.225 5950204.313 3566103.655 5950199.802 3566104.309 5950195.177 3566104.9 5950191.467 3566105.797 5950187.038 3566107.107 5950181.856 3566107.223 5950181.487 3566107.343 5950181.163 3566107.474 5950180.843 3566107.615 5950180.529 3566107.768 5950180.219 3566107.931 5950179.914 3566108.105 5950179.616 3566108.288 5950179.323 3566108.482 5950179.037 3566108.685 5950178.758 3566108.898 5950178.486 3566109.12 5950178.222 3566109.351 5950177.965 3566109.591 5950177.716 3566109.839 5950177.476 3566110.096 5950177.245 3566110.36 5950177.022 3566110.632 5950176.809 3566110.911 5950176.605 3566111.196 5950176.412 3566111.489 5950176.227 3566111.787 5950176.054 3566112.091 5950175.89 3566112.401 5950175.737 3566112.74 5950175.612 3566113.075 5950175.476 3566113.405 5950175.328 3566113.73 5950175.169 3566114.049 5950174.998 3566114.362 5950174.817 3566114.669 5950174.625 3566114.969 5950174.423 3566115.261 5950174.211 3566115.546 5950173.988 3566115.824 5950173.756 3566116.093 5950173.514 3566116.354 5950173.264 3566116.606 5950173.004 3566116.848 5950172.736 3566117.082 5950172.46 3566117.306 5950172.176 3566117.52 5950171.884 3566117.723 5950171.585 3566117.917 5950171.28 3566118.099 5950170.968 3566118.271 5950170.649 3566118.432 5950170.325 3566118.582 5950169.996 3566118.72 5950169.662 3566118.846 5950169.323 3566118.961 5950168.98 3566119.064 5950168.633 3566119.155 5950168.283 3566119.234 5950167.93 3566119.3 5950167.575 3566119.355 5950167.217 3566119.397 5950166.858 3566119.426 5950166.497 3566119.443 5950166.136 3566119.448 5950165.774 3566119.44 5950165.413 3566119.42 5950165.052 3566119.388 5950164.692 3566119.343 5950164.333 3566119.285 5950163.976 3566119.216 5950163.621 3566119.134 5950163.268 3566119.04 5950162.919 3566118.934 5950162.573 3566118.817 5950162.231 3566118.687 5950161.893 3566118.546 5950161.56 3566118.394 5950161.232 3566118.231 5950160.91 3566118.056 5950160.593 3566117.871 5950160.282 3566117.675 5950159.978 3566117.469 5950159.681 3566124.347 5950143.769 3566124.583 5950113.691 3566126.706 5950111.571 3566151.109 5950111.415 3566181.028 5950115.653 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_7640fc74-06f2-4127-9c75-5d26a0bc1152">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565789.613 5950091.564</gml:lowerCorner>
          <gml:upperCorner>3566181.981 5950315.497</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="GML_0796a2f8-7f99-44a7-85df-abe2b32aaa41">
          <gml:posList srsDimension="2" count="147">3566181.981 5950110.256 3566180.764 5950110.079 3566181.442 5950105.425 3566175.42 5950104.548 3566174.852 5950108.21 3566125.915 5950101.399 3566036.966 5950101.841 3565989.064 5950095.775 3565988.844 5950101.361 3565944.73 5950098.018 3565851.48 5950091.564 3565849.511 5950091.817 3565847.535 5950092.007 3565845.375 5950092.141 3565843.211 5950092.199 3565841.046 5950092.18 3565838.884 5950092.086 3565836.726 5950091.916 3565830.719 5950091.58 3565824.316 5950091.794 3565817.924 5950092.234 3565811.551 5950092.901 3565804.224 5950093.108 3565796.908 5950093.573 3565789.613 5950094.294 3565792.257 5950097.835 3565794.311 5950101.128 3565799.469 5950100.011 3565804.658 5950099.052 3565809.875 5950098.251 3565815.113 5950097.611 3565820.369 5950097.132 3565825.637 5950096.813 3565830.912 5950096.656 3565944.28 5950104.502 3565995.035 5950108.349 3566117.975 5950111.877 3566118.37 5950111.874 3566120.331 5950113.849 3566120.104 5950142.873 3566114.229 5950156.452 3566113.903 5950156.276 3566113.571 5950156.11 3566113.233 5950155.956 3566112.89 5950155.814 3566112.543 5950155.684 3566112.191 5950155.566 3566111.835 5950155.46 3566111.476 5950155.366 3566111.114 5950155.285 3566110.749 5950155.217 3566110.382 5950155.161 3566110.014 5950155.117 3566109.644 5950155.087 3566109.273 5950155.069 3566108.902 5950155.064 3566108.531 5950155.072 3566108.16 5950155.093 3566107.791 5950155.126 3566107.423 5950155.172 3566107.056 5950155.231 3566106.692 5950155.302 3566106.33 5950155.386 3566105.972 5950155.483 3566105.617 5950155.592 3566105.266 5950155.712 3566104.92 5950155.845 3566104.578 5950155.99 3566104.242 5950156.147 3566103.911 5950156.315 3566103.586 5950156.494 3566103.267 5950156.684 3566102.956 5950156.886 3566102.651 5950157.098 3566102.354 5950157.32 3566102.064 5950157.552 3566101.783 5950157.795 3566101.511 5950158.046 3566101.247 5950158.308 3566100.992 5950158.578 3566100.747 5950158.856 3566100.512 5950159.143 3566100.287 5950159.438 3566100.072 5950159.741 3566099.867 5950160.05 3566099.674 5950160.367 3566099.491 5950160.69 3566099.32 5950161.019 3566099.16 5950161.354 3566099.012 5950161.695 3566098.875 5950162.04 3566098.751 5950162.389 3566098.639 5950162.743 3566098.539 5950163.1 3566098.451 5950163.461 3566098.376 5950163.825 3566098.314 5950164.19 3566098.264 5950164.558 3566098.227 5950164.927 3566098.202 5950165.298 3566098.191 5950165.669 3566098.192 5950166.04 3566098.206 5950166.411 3566098.233 5950166.781 3566098.273 5950167.15 3566098.325 5950167.517 3566098.39 5950167.882 3566098.272 5950170.289 3566098.175 5950172.308 3566097.681 5950174.951 3566096.581 5950178.935 3566095.175 5950184.497 3566094.178 5950189.418 3566093.534 5950193.459 3566092.831 5950198.436 3566092.362 5950203.356 3566092.07 5950207.679 3566091.836 5950212.423 3566091.836 5950217.459 3566091.953 5950222.144 3566092.246 5950226.656 3566092.654 5950230.329 3566093.006 5950233.081 3566093.767 5950238.23 3566094.471 5950242.334 3566095.408 5950246.082 3566096.344 5950250.176 3566097.516 5950254.684 3566098.865 5950259.256 3566099.994 5950262.351 3566101.341 5950266.215 3566103.158 5950270.49 3566104.682 5950274.064 3566106.498 5950277.637 3566107.963 5950280.565 3566109.664 5950283.556 3566111.479 5950286.539 3566113.118 5950289.289 3566114.818 5950291.926 3566117.378 5950295.714 3566121.284 5950300.85 3566123.814 5950304.222 3566126.921 5950304.532 3566130.976 5950308.282 3566134.282 5950310.76 3566138.511 5950313.337 3566142.729 5950315.497 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_b6654827-65a8-4c24-bb1b-bf1c031524b4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566102.985 5950111.665</gml:lowerCorner>
          <gml:upperCorner>3566180.993 5950306.646</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="GML_37e17ebd-0f51-4fa2-bc13-1273da57c282">
          <gml:posList srsDimension="2" count="119">3566144.477 5950306.646 3566141.898 5950304.983 3566139.569 5950303.374 3566137.211 5950301.5 3566135.109 5950299.788 3566132.722 5950297.419 3566130.721 5950295.306 3566128.757 5950292.688 3566126.647 5950289.625 3566124.017 5950285.652 3566121.506 5950281.8 3566118.863 5950277.257 3566117.055 5950273.934 3566115.537 5950270.784 3566113.845 5950267.167 3566112.094 5950262.85 3566110.283 5950258.005 3566108.765 5950253.51 3566107.364 5950248.959 3566106.425 5950245.349 3566105.783 5950242.493 3566105.025 5950238.469 3566104.07 5950231.701 3566104.069 5950231.7 3566104.048 5950231.556 3566103.723 5950229.01 3566103.354 5950225.693 3566103.093 5950221.672 3566102.985 5950217.36 3566102.985 5950212.751 3566103.2 5950208.395 3566103.475 5950204.334 3566103.904 5950199.831 3566104.556 5950195.214 3566105.146 5950191.511 3566106.041 5950187.094 3566107.348 5950181.924 3566107.461 5950181.566 3566107.577 5950181.251 3566107.704 5950180.94 3566107.842 5950180.634 3566107.991 5950180.332 3566108.149 5950180.036 3566108.318 5950179.745 3566108.497 5950179.461 3566108.685 5950179.182 3566108.883 5950178.911 3566109.09 5950178.646 3566109.306 5950178.389 3566109.531 5950178.139 3566109.764 5950177.897 3566110.005 5950177.663 3566110.255 5950177.438 3566110.511 5950177.221 3566110.776 5950177.014 3566111.047 5950176.815 3566111.325 5950176.626 3566111.609 5950176.447 3566111.899 5950176.277 3566112.195 5950176.118 3566112.496 5950175.969 3566112.847 5950175.839 3566113.193 5950175.697 3566113.535 5950175.543 3566113.87 5950175.378 3566114.2 5950175.201 3566114.523 5950175.012 3566114.84 5950174.812 3566115.149 5950174.602 3566115.451 5950174.38 3566115.745 5950174.149 3566116.031 5950173.907 3566116.308 5950173.655 3566116.577 5950173.394 3566116.836 5950173.124 3566117.085 5950172.845 3566117.325 5950172.557 3566117.554 5950172.262 3566117.773 5950171.958 3566117.982 5950171.647 3566118.179 5950171.329 3566118.365 5950171.004 3566118.54 5950170.673 3566118.703 5950170.336 3566118.854 5950169.994 3566118.994 5950169.646 3566119.121 5950169.294 3566119.236 5950168.938 3566119.338 5950168.578 3566119.428 5950168.214 3566119.505 5950167.848 3566119.569 5950167.479 3566119.621 5950167.109 3566119.659 5950166.736 3566119.684 5950166.363 3566119.697 5950165.989 3566119.696 5950165.614 3566119.683 5950165.24 3566119.656 5950164.867 3566119.616 5950164.495 3566119.564 5950164.124 3566119.499 5950163.755 3566119.42 5950163.389 3566119.329 5950163.026 3566119.226 5950162.666 3566119.11 5950162.31 3566118.982 5950161.959 3566118.841 5950161.612 3566118.689 5950161.27 3566118.525 5950160.933 3566118.349 5950160.603 3566118.162 5950160.279 3566117.963 5950159.961 3566117.754 5950159.651 3566124.597 5950143.822 3566124.832 5950113.795 3566126.81 5950111.82 3566151.092 5950111.665 3566180.993 5950115.9 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_d6d00f13-a343-4689-b518-5a3d85ef8c3b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565790.073 5950091.815</gml:lowerCorner>
          <gml:upperCorner>3566181.945 5950315.274</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:LineString gml:id="GML_e7b5969f-0549-419b-9faf-073d8d0cc07c">
          <gml:posList srsDimension="2" count="148">3566181.945 5950110.503 3566180.481 5950110.29 3566181.159 5950105.637 3566175.629 5950104.831 3566175.061 5950108.492 3566125.898 5950101.649 3566036.951 5950102.091 3565989.303 5950096.057 3565989.083 5950101.63 3565989.083 5950101.63 3565944.712 5950098.267 3565851.489 5950091.815 3565849.526 5950092.067 3565847.555 5950092.256 3565845.387 5950092.39 3565843.215 5950092.449 3565841.043 5950092.43 3565838.873 5950092.336 3565836.707 5950092.165 3565830.714 5950091.83 3565824.318 5950092.044 3565817.933 5950092.485 3565811.568 5950093.151 3565804.389 5950093.351 3565797.221 5950093.799 3565790.073 5950094.493 3565792.464 5950097.694 3565794.429 5950100.844 3565799.571 5950099.735 3565804.746 5950098.783 3565809.946 5950097.989 3565815.169 5950097.354 3565820.409 5950096.878 3565825.66 5950096.562 3565830.919 5950096.406 3565944.298 5950104.253 3565995.048 5950108.099 3566117.978 5950111.627 3566118.474 5950111.624 3566120.582 5950113.747 3566120.353 5950142.926 3566114.347 5950156.81 3566114.029 5950156.627 3566113.704 5950156.455 3566113.374 5950156.294 3566113.039 5950156.145 3566112.698 5950156.008 3566112.353 5950155.883 3566112.004 5950155.769 3566111.651 5950155.669 3566111.294 5950155.58 3566110.935 5950155.504 3566110.573 5950155.441 3566110.21 5950155.391 3566109.844 5950155.353 3566109.478 5950155.328 3566109.111 5950155.315 3566108.744 5950155.316 3566108.377 5950155.329 3566108.011 5950155.356 3566107.646 5950155.395 3566107.282 5950155.446 3566106.921 5950155.511 3566106.562 5950155.588 3566106.206 5950155.677 3566105.853 5950155.779 3566105.504 5950155.893 3566105.159 5950156.02 3566104.819 5950156.158 3566104.484 5950156.308 3566104.154 5950156.47 3566103.831 5950156.643 3566103.513 5950156.827 3566103.202 5950157.022 3566102.898 5950157.228 3566102.602 5950157.445 3566102.313 5950157.672 3566102.032 5950157.908 3566101.76 5950158.155 3566101.497 5950158.41 3566101.242 5950158.675 3566100.997 5950158.949 3566100.762 5950159.231 3566100.537 5950159.521 3566100.322 5950159.818 3566100.118 5950160.123 3566099.924 5950160.435 3566099.741 5950160.754 3566099.57 5950161.079 3566099.41 5950161.409 3566099.262 5950161.745 3566099.125 5950162.086 3566099.001 5950162.431 3566098.889 5950162.781 3566098.789 5950163.134 3566098.701 5950163.491 3566098.626 5950163.85 3566098.563 5950164.212 3566098.514 5950164.576 3566098.477 5950164.941 3566098.452 5950165.307 3566098.441 5950165.674 3566098.442 5950166.041 3566098.456 5950166.408 3566098.483 5950166.774 3566098.523 5950167.139 3566098.576 5950167.503 3566098.641 5950167.864 3566098.522 5950170.301 3566098.424 5950172.337 3566097.925 5950175.007 3566096.823 5950178.999 3566095.419 5950184.552 3566094.424 5950189.463 3566093.781 5950193.496 3566093.079 5950198.465 3566092.611 5950203.376 3566092.32 5950207.694 3566092.086 5950212.429 3566092.086 5950217.456 3566092.203 5950222.133 3566092.495 5950226.634 3566092.902 5950230.299 3566093.253 5950233.047 3566094.014 5950238.191 3566094.716 5950242.283 3566095.651 5950246.024 3566096.587 5950250.116 3566097.757 5950254.618 3566099.102 5950259.177 3566100.229 5950262.267 3566101.574 5950266.125 3566103.388 5950270.393 3566104.908 5950273.959 3566106.721 5950277.524 3566108.184 5950280.447 3566109.88 5950283.429 3566111.693 5950286.41 3566113.331 5950289.158 3566115.027 5950291.788 3566117.581 5950295.568 3566121.484 5950300.7 3566123.948 5950303.984 3566127.029 5950304.292 3566131.136 5950308.089 3566134.422 5950310.553 3566138.633 5950313.119 3566142.843 5950315.274 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_1168cdfe-c6f8-455b-984d-03de418be5d7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565997.683 5950246.051</gml:lowerCorner>
          <gml:upperCorner>3566095.042 5950283.388</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_de961ff3-d490-4b7c-8570-6ef8ab566de8">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="13">3565997.683 5950256.087 3566012.326 5950254.529 3566013.714 5950267.563 3566039.11 5950264.86 3566037.714 5950251.751 3566052.357 5950250.192 3566053.745 5950263.227 3566079.402 5950260.496 3566078.024 5950247.554 3566092.136 5950246.051 3566095.042 5950273.35 3566000.749 5950283.388 3565997.683 5950256.087 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_27d3c673-37de-4405-807e-dedb2bd60a67">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566002.704 5950158.434</gml:lowerCorner>
          <gml:upperCorner>3566034.77 5950180.013</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_c48ee410-27c6-4a12-b4d2-ebd97d546268">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3566002.77 5950158.434 3566034.77 5950158.533 3566034.703 5950180.013 3566002.704 5950179.91 3566002.77 5950158.434 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_34b388ab-f39c-4540-ae75-c9b811965c5e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566007.594 5950119.098</gml:lowerCorner>
          <gml:upperCorner>3566182.062 5950171.468</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_7017cabb-5640-4c57-ac73-9cb79b5eb124">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="12">3566046.68 5950134.067 3566046.651 5950143.668 3566007.594 5950143.547 3566007.727 5950119.098 3566171.9 5950119.607 3566182.062 5950121.265 3566173.151 5950171.468 3566146.467 5950166.383 3566150.372 5950143.85 3566097.534 5950143.686 3566097.563 5950134.225 3566046.68 5950134.067 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_46d2bc9b-dce4-46c8-97c1-1d0b1a215637">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566002.704 5950158.434</gml:lowerCorner>
          <gml:upperCorner>3566034.77 5950180.013</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_48df7113-81c0-47a2-b5e6-c5371039608f">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3566002.77 5950158.434 3566034.77 5950158.533 3566034.703 5950180.013 3566002.704 5950179.91 3566002.77 5950158.434 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_5c94d512-80f9-4a1e-875b-b8cfd3fe677c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566045.825 5950155.926</gml:lowerCorner>
          <gml:upperCorner>3566096.083 5950175.084</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_270d7ed8-e3c2-4a04-851f-3d144ee43f6f">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3566046.883 5950155.926 3566096.083 5950159.204 3566095.025 5950175.084 3566045.825 5950171.806 3566046.883 5950155.926 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_6055b015-75d5-4e42-aa78-723905fb0930">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566007.594 5950119.098</gml:lowerCorner>
          <gml:upperCorner>3566182.062 5950171.468</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_6a40f318-ea51-44e8-95c8-eef8ba0732fc">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="12">3566046.68 5950134.067 3566046.651 5950143.668 3566007.594 5950143.547 3566007.727 5950119.098 3566171.9 5950119.607 3566182.062 5950121.265 3566173.151 5950171.468 3566146.467 5950166.383 3566150.372 5950143.85 3566097.534 5950143.686 3566097.563 5950134.225 3566046.68 5950134.067 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_8b40529d-abe1-4cd7-8e36-863d4bf2b7af">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565997.683 5950246.051</gml:lowerCorner>
          <gml:upperCorner>3566095.042 5950283.388</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_0c0c96ca-c66b-40d5-8bff-f0997d3d711f">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="13">3565997.683 5950256.087 3566012.326 5950254.529 3566013.714 5950267.563 3566039.11 5950264.86 3566037.714 5950251.751 3566052.357 5950250.192 3566053.745 5950263.227 3566079.402 5950260.496 3566078.024 5950247.554 3566092.136 5950246.051 3566095.042 5950273.35 3566000.749 5950283.388 3565997.683 5950256.087 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_b7ae76ab-18b9-4bdc-9a9b-bf4acc6fbb70">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565977.569 5950208.902</gml:lowerCorner>
          <gml:upperCorner>3566062.93 5950238.182</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_7d36bddf-47c0-49c3-b239-dd8afad20676">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="8">3565997.718 5950208.902 3566062.93 5950209.813 3566062.699 5950226.33 3565997.511 5950238.182 3565977.569 5950237.903 3565977.767 5950223.682 3565997.508 5950223.958 3565997.718 5950208.902 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_d06c08af-55ee-48e8-9a6e-f0a29445d311">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565977.569 5950208.902</gml:lowerCorner>
          <gml:upperCorner>3566062.93 5950238.182</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_4aa20835-7098-4cc7-8ed6-708b9bef31ff">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="8">3565997.718 5950208.902 3566062.93 5950209.813 3566062.699 5950226.33 3565997.511 5950238.182 3565977.569 5950237.903 3565977.767 5950223.682 3565997.508 5950223.958 3565997.718 5950208.902 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_f34b1f77-2269-4be9-9f4c-d1927216b299">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566045.825 5950155.926</gml:lowerCorner>
          <gml:upperCorner>3566096.083 5950175.084</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>9998</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_3329a3a9-ac04-43af-a703-52da88cfcae1">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3566046.883 5950155.926 3566096.083 5950159.204 3566095.025 5950175.084 3566045.825 5950171.806 3566046.883 5950155.926 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:SO_Schienenverkehrsrecht gml:id="GML_8fd01e89-0f56-4832-8d7b-c0e4d9a5fb76">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565768.558 5950055.548</gml:lowerCorner>
          <gml:upperCorner>3566186.097 5950110.792</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>2000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_1081539f-8201-4d43-ad26-e924050e2979">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="72">3566033.94 5950075.877 3566050.317 5950078.274 3566063.594 5950080.203 3566077.627 5950082.323 3566093.478 5950084.778 3566111.2 5950087.409 3566135.701 5950091.046 3566146.229 5950092.625 3566153.832 5950093.735 3566162.372 5950095.021 3566171.183 5950096.264 3566186.097 5950098.602 3566183.926 5950110.792 3566180.481 5950110.29 3566181.159 5950105.636 3566175.627 5950104.84 3566175.061 5950108.492 3566125.898 5950101.649 3566036.951 5950102.091 3565985.083 5950095.534 3565895.056 5950084.378 3565861.333 5950079.347 3565823.288 5950073.672 3565804.521 5950073.694 3565780.515 5950076.096 3565778.25 5950073.002 3565776.16 5950073.173 3565774.557 5950073.453 3565774.404 5950073.242 3565773.207 5950073.45 3565768.558 5950067.102 3565774.04 5950065.322 3565776.964 5950064.621 3565780.181 5950063.861 3565784.802 5950062.809 3565788.837 5950061.932 3565792.054 5950061.347 3565796.207 5950060.529 3565801.062 5950059.827 3565804.454 5950059.301 3565807.437 5950058.834 3565811.18 5950058.366 3565814.105 5950058.015 3565816.737 5950057.781 3565820.709 5950057.419 3565827.143 5950056.893 3565831.881 5950056.6 3565836.501 5950056.367 3565840.946 5950056.133 3565845.976 5950056.016 3565852.352 5950055.841 3565858.435 5950055.548 3565862.587 5950055.607 3565866.272 5950055.548 3565870.362 5950055.606 3565874.574 5950055.606 3565879.077 5950055.723 3565883.23 5950055.957 3565887.967 5950056.132 3565892.588 5950056.541 3565896.448 5950056.775 3565901.127 5950057.126 3565908.029 5950057.827 3565913.176 5950058.354 3565918.083 5950058.773 3565924.225 5950059.533 3565943.877 5950062.572 3565963.178 5950065.495 3565988.791 5950069.199 3566000.138 5950070.835 3566012.245 5950072.648 3566033.94 5950075.877 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:artDerFestlegung>1000</xplan:artDerFestlegung>
    </xplan:SO_Schienenverkehrsrecht>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:SO_SchutzgebietWasserrecht gml:id="GML_0f7692a5-afa0-44ce-b22b-421ab926b906">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565768.558 5950055.548</gml:lowerCorner>
          <gml:upperCorner>3566186.097 5950375.339</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:rechtsstand>1000</xplan:rechtsstand>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:rechtscharakter>2000</xplan:rechtscharakter>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_17085c20-2636-4de2-aad0-2827673422f3">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="80">3566170.826 5950184.279 3566165.67 5950214.322 3566159.872 5950219.629 3566144.122 5950308.092 3566143.527 5950311.432 3566142.843 5950315.274 3566138.633 5950313.119 3566136.537 5950311.841 3566131.136 5950308.089 3566127.029 5950304.292 3566123.948 5950303.984 3566122.273 5950301.752 3566118.965 5950297.387 3566117.581 5950295.568 3566081.951 5950319.403 3566024.753 5950358.073 3565999.813 5950375.339 3565981.408 5950357.091 3565978.754 5950354.1 3565896.943 5950242.402 3565895.496 5950240.427 3565831.293 5950152.767 3565793.275 5950100.858 3565788.731 5950094.651 3565768.558 5950067.102 3565774.04 5950065.322 3565776.964 5950064.621 3565780.181 5950063.861 3565784.802 5950062.809 3565788.837 5950061.932 3565792.054 5950061.347 3565796.207 5950060.529 3565801.062 5950059.827 3565804.454 5950059.301 3565807.437 5950058.834 3565811.18 5950058.366 3565814.105 5950058.015 3565816.737 5950057.781 3565820.709 5950057.419 3565827.143 5950056.893 3565831.881 5950056.6 3565836.501 5950056.367 3565840.946 5950056.133 3565845.976 5950056.016 3565852.352 5950055.841 3565858.435 5950055.548 3565862.587 5950055.607 3565866.272 5950055.548 3565870.362 5950055.606 3565874.574 5950055.606 3565879.077 5950055.723 3565883.23 5950055.957 3565887.967 5950056.132 3565892.588 5950056.541 3565896.448 5950056.775 3565901.127 5950057.126 3565908.029 5950057.827 3565913.176 5950058.354 3565918.083 5950058.773 3565924.225 5950059.533 3565943.877 5950062.572 3565963.178 5950065.495 3565988.791 5950069.199 3566000.138 5950070.835 3566012.245 5950072.648 3566033.94 5950075.877 3566050.317 5950078.274 3566063.594 5950080.203 3566077.627 5950082.323 3566093.478 5950084.778 3566111.2 5950087.409 3566135.701 5950091.046 3566146.229 5950092.625 3566153.832 5950093.735 3566162.372 5950095.021 3566171.183 5950096.264 3566186.097 5950098.602 3566182.296 5950119.94 3566176.967 5950150.441 3566170.826 5950184.279 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:artDerFestlegung>1000</xplan:artDerFestlegung>
      <xplan:zone>1000</xplan:zone>
    </xplan:SO_SchutzgebietWasserrecht>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_04b2e53a-0e47-4192-acf9-72ace59e7fde">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566038.411 5950261.532</gml:lowerCorner>
          <gml:upperCorner>3566038.411 5950261.532</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt> III FD</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>5</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_36e77f37-a5e1-48d2-9abc-d014857b3313">
          <gml:pos>3566038.411 5950261.532</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">0</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_226bbc06-d3ab-439d-ae75-ec608f5ff0b8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566047.72 5950143.469</gml:lowerCorner>
          <gml:upperCorner>3566047.72 5950143.469</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>VORGES. OBERFL.-ENTWÄSSERUNG</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>2.2</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_7b24c25a-fa7f-4b36-be36-54122496110c">
          <gml:pos>3566047.72 5950143.469</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">1</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_3bf7f76f-c103-4fb1-9f94-4d8ad94440b6">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565987.656 5950203.83</gml:lowerCorner>
          <gml:upperCorner>3565987.656 5950203.83</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>GRZ 0,4 GFZ 1,0}</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>3.5</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_508694c4-ee62-4446-bc44-3d6958476326">
          <gml:pos>3565987.656 5950203.83</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">0</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_48eeb06d-cd17-4ec8-a531-3ab5ebc8f33b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565989.902 5950113.769</gml:lowerCorner>
          <gml:upperCorner>3565989.902 5950113.769</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>OBERFLÄCHENENTWÄSSERUNG</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>2.2</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_cd0c342b-17dc-47c4-aa04-63d708fe192d">
          <gml:pos>3565989.902 5950113.769</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">2</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_530a3bc1-9b5b-4bcc-8fa0-f69a8f54160d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566007.359 5950215.448</gml:lowerCorner>
          <gml:upperCorner>3566007.359 5950215.448</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt> III FD</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>5</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_dc6dd66c-d00a-4032-9bdc-ff2f0e80e4a2">
          <gml:pos>3566007.359 5950215.448</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">0</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_53f18c5e-736e-4a1b-8283-4d152f431375">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565978.795 5950213.452</gml:lowerCorner>
          <gml:upperCorner>3565978.795 5950213.452</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>WR g</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>5</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_bf6acf7d-0355-416c-b5b7-8503a93bf833">
          <gml:pos>3565978.795 5950213.452</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">0</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_70d2d857-c684-40b0-96dd-f8157c27187c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566000.131 5950137.964</gml:lowerCorner>
          <gml:upperCorner>3566000.131 5950137.964</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>VORGESEHENE</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>2.2</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_af86abe1-b58e-4569-b298-6001b0136fbd">
          <gml:pos>3566000.131 5950137.964</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">273.113828</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_81f13eae-6cad-4612-8d8e-7521eb7b5432">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566125.736 5950158.15</gml:lowerCorner>
          <gml:upperCorner>3566125.736 5950158.15</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>PRIVATE GRÜNFLÄCHE</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>3.5</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_2edbeed5-6970-4211-9dd5-c1ad6c981bb2">
          <gml:pos>3566125.736 5950158.15</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">0</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_84fef7f7-e801-4601-989c-7b07bc225f1e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566013.003 5950161.574</gml:lowerCorner>
          <gml:upperCorner>3566013.003 5950161.574</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt> III FD</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>5</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_b040f676-354e-4ba2-9b8e-08f4d21551df">
          <gml:pos>3566013.003 5950161.574</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">0</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_8d2cb257-4f8d-47c9-afec-58d48a21eae6">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565989.053 5950240.016</gml:lowerCorner>
          <gml:upperCorner>3565989.053 5950240.016</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>VORGESEHENE OBERFLÄCHENENTWÄSSERUNG</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>2.2</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_2c4ef344-2989-4c29-b8c5-6cfbaffbcd4a">
          <gml:pos>3565989.053 5950240.016</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">349.5</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_a30f7fd0-4c20-4433-af67-fa5443f4db1e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565959.149 5950270.027</gml:lowerCorner>
          <gml:upperCorner>3565959.149 5950270.027</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>VORGESEHENE OBERFLÄCHENENTWÄSSERUNG</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>2</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_5f0bfe55-b05e-4c1c-811d-2a92e2bd2a03">
          <gml:pos>3565959.149 5950270.027</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">354</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_bdf47189-1131-4fda-94dc-8d08ecfc4b99">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566112.469 5950188.947</gml:lowerCorner>
          <gml:upperCorner>3566112.469 5950188.947</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>PARKANLAGE ( FREIE UND HANSESTADT HAMBURG )</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>3.5</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_36a59c39-ea17-40c2-b456-1cedee9ac403">
          <gml:pos>3566112.469 5950188.947</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">0</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_c6c4267d-1d6f-461e-86f9-25a6b407a151">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566027.071 5950283.032</gml:lowerCorner>
          <gml:upperCorner>3566027.071 5950283.032</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>VORGESEHENE OBERFLÄCHENENTWÄSSERUNG</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>2.2</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_4871fd56-1f2c-4f2d-b8b1-de07fe0bd3cd">
          <gml:pos>3566027.071 5950283.032</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">354</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_d57fa0a8-a505-45cf-8e24-d0d15d0f1bd9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566054.197 5950121.846</gml:lowerCorner>
          <gml:upperCorner>3566054.197 5950121.846</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt> III FD</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>5</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_bd326f5a-0cda-42f2-a876-4a267b441e7e">
          <gml:pos>3566054.197 5950121.846</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">0</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_dd03a2bb-33c4-4b68-a84f-ac609a835f12">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3565992.544 5950301.707</gml:lowerCorner>
          <gml:upperCorner>3565992.544 5950301.707</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>PARKANLAGE;( FREIE UND HANSESTADT HAMBURG )</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>3.5</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_fc6a1560-dd30-43de-b13d-d1ae84ff9edc">
          <gml:pos>3565992.544 5950301.707</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">0</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_e4b8b013-a04b-41ee-be2e-a21031a92e75">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566063.164 5950163.197</gml:lowerCorner>
          <gml:upperCorner>3566063.164 5950163.197</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt> II</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>5</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_ff84d6b9-4502-4a78-910a-29df5f16130e">
          <gml:pos>3566063.164 5950163.197</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">0</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_e6c599a2-13fa-42f4-ba18-0dbd45c72336">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566126.548 5950128.08</gml:lowerCorner>
          <gml:upperCorner>3566126.548 5950128.08</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>;LH mind. 4,2</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>2.2</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_c9fe9954-c7e5-4ec1-bcea-8ae60019a1e3">
          <gml:pos>3566126.548 5950128.08</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">1</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PTO gml:id="GML_ebe8c608-f792-4255-894d-d3e4987ac4c8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3566152.275 5950125.082</gml:lowerCorner>
          <gml:upperCorner>3566152.275 5950125.082</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>TextNormal2</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_a11d05b2-b7d1-4244-89ff-3d328458d147" />
      <xplan:schriftinhalt>MK III g GRZ 0,7 GFZ 1,8</xplan:schriftinhalt>
      <xplan:fontSperrung>0</xplan:fontSperrung>
      <xplan:skalierung>5</xplan:skalierung>
      <xplan:horizontaleAusrichtung>linksbündig</xplan:horizontaleAusrichtung>
      <xplan:vertikaleAusrichtung>Basis</xplan:vertikaleAusrichtung>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_280a3565-e684-4399-b517-552d5550060b">
          <gml:pos>3566152.275 5950125.082</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="deg">0</xplan:drehwinkel>
    </xplan:XP_PTO>
  </gml:featureMember>
</xplan:XPlanAuszug>