#!/usr/bin/env python3
"""Build Examples/community-plan.docx: a minimal, valid WordprocessingML package.

Standard library only (zipfile). The plan text below is original, written for
planlint's examples. Headings 一、 use style Heading1, （一） use Heading2, the
title uses Title, everything else is a plain body paragraph.

Usage: python3 scripts/make-example-docx.py [output.docx]
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

TITLE = "滨湖市城南街道桂园社区工会2025年工作计划"

# (style, text); style None = body paragraph
PARAGRAPHS = [
    ("Heading1", "一、指导思想"),
    (None, "2025年，社区工会在街道党工委和街道总工会的领导下，以习近平新时代中国特色社会主义思想为指导，"
           "围绕社区治理和服务群众的中心工作，团结社区工作者和辖区小微企业职工，"
           "把社区工会建成会员信赖的“职工之家”。"),
    ("Heading1", "二、工作目标"),
    (None, "全年召开会员代表大会1次；辖区小微企业职工新入会不少于60人；困难职工走访慰问覆盖率100%；"
           "组织文体活动不少于4次；工会经费按预算执行，经费审查不少于2次。"),
    ("Heading1", "三、主要任务"),
    ("Heading2", "（一）开好会员代表大会，推进民主管理"),
    (None, "1. 4月中旬召开社区工会第二届会员代表大会第二次会议，审议社区工会工作报告、"
           "经费收支情况报告和经费审查委员会工作报告。"),
    (None, "2. 会前通过居民微信群和公示栏征集会员意见建议，会后一个月内逐条反馈。"),
    ("Heading2", "（二）关心困难职工，做好服务帮扶"),
    (None, "1. 春节前走访慰问建档困难职工，每户慰问金1000元；对因病致困的职工另行申请街道总工会帮扶。"),
    (None, "2. 夏季为环卫工人、快递员、外卖送餐员等户外劳动者设立“爱心驿站”，免费提供饮用水、防暑用品和休息场所。"),
    (None, "3. 三八妇女节组织辖区女职工参加免费“两癌”筛查。"),
    ("Heading2", "（三）扩大工会覆盖，发展新会员"),
    (None, "1. 对辖区32家小微企业逐户走访，宣传入会政策，推行“扫码入会”。"),
    (None, "2. 为新就业形态劳动者办理入会手续，同步录入会员实名制系统。"),
    ("Heading2", "（四）丰富文化生活"),
    (None, "1. 五一劳动节举办“最美劳动者”评选，表彰10名社区优秀职工。"),
    (None, "2. 端午节开展包粽子邻里活动，中秋节、国庆节前后举办职工与居民联欢晚会。"),
    ("Heading2", "（五）管好用好工会经费"),
    (None, "2025年工会经费收入预算8.6万元，支出预算8.6万元：职工活动支出4.8万元，"
           "维权支出（困难帮扶、送温暖）2.2万元，业务支出1.0万元，其他支出0.6万元。"
           "经费审查委员会于7月和12月各审查一次，审查结果向会员代表大会报告。"),
    ("Heading1", "四、月度工作安排"),
    (None, "一月份：春节前走访慰问困难职工。"),
    (None, "三月份：组织女职工“两癌”筛查。"),
    (None, "四月份：召开会员代表大会。"),
    (None, "五月份：“最美劳动者”评选表彰。"),
    (None, "六月份：端午节邻里活动；启用户外劳动者“爱心驿站”。"),
    (None, "七月份：经费审查委员会开展上半年审查。"),
    (None, "九月份：中秋、国庆职工与居民联欢晚会。"),
    (None, "十一月份：小微企业入会集中宣传月。"),
    (None, "十二月份：年度经费审查；总结全年工作。"),
    ("Heading1", "五、保障措施"),
    (None, "社区工会主席负总责，经审委员牵头经费审查，女职工委员负责女职工工作，"
           "各楼栋工会小组长负责本片区会员联系，每季度召开一次工会委员会会议检查计划落实情况。"),
]

SIGNATURE = ["滨湖市城南街道桂园社区工会委员会", "2025年1月15日"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>
"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>
"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun"/><w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault/>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal">
<w:name w:val="Normal"/>
<w:qFormat/>
</w:style>
<w:style w:type="paragraph" w:styleId="Title">
<w:name w:val="Title"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:qFormat/>
<w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr>
<w:rPr><w:b/><w:sz w:val="36"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="Heading1">
<w:name w:val="heading 1"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
<w:rPr><w:rFonts w:eastAsia="SimHei"/><w:b/><w:sz w:val="32"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="Heading2">
<w:name w:val="heading 2"/>
<w:basedOn w:val="Normal"/>
<w:next w:val="Normal"/>
<w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr>
<w:rPr><w:rFonts w:eastAsia="KaiTi"/><w:b/><w:sz w:val="28"/></w:rPr>
</w:style>
</w:styles>
"""


def paragraph(text, style=None, align=None):
    ppr = ""
    if style or align:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if align:
            ppr += f'<w:jc w:val="{align}"/>'
        ppr += "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def document_xml():
    body = [paragraph(TITLE, "Title")]
    body += [paragraph(text, style) for style, text in PARAGRAPHS]
    body += [paragraph(line, None, "right") for line in SIGNATURE]
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" '
            'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}"><w:body>'
            + "".join(body) + sect + "</w:body></w:document>\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "Examples", "community-plan.docx")
    out = os.path.normpath(sys.argv[1] if len(sys.argv) > 1 else default)
    # Fixed timestamp so the output is byte-for-byte reproducible.
    stamp = (2025, 1, 15, 0, 0, 0)
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", document_xml()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", STYLES),
    ]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data.encode("utf-8"))
    print(out)


if __name__ == "__main__":
    main()
