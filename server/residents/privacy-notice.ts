import type { PrivacyNotice } from '@/core/schemas/auth'

/**
 * The privacy notice residents agree to before sending an identity number (个人信息保护法 第二十九条:
 * separate consent for sensitive personal information). A new text gets a new version, and residents
 * are asked again.
 */
export const PRIVACY_NOTICE_CURRENT: PrivacyNotice = {
  notice: 'privacy',
  version: '2026-11-25',
  title: '街坊通个人信息保护说明',
  text: [
    '一、我们收集什么：登录用的手机号码或微信标识；您提交事项时填写的姓名、联系电话、地址和附件；办理政府信息公开申请时的身份证件类型和号码。',
    '二、为什么收集：身份证件号码是《中华人民共和国政府信息公开条例》第二十九条要求申请人提供的信息，只用于办理您的申请，属于敏感个人信息，需要您单独同意。',
    '三、如何保护：身份证件号码加密保存，在您能看到的页面中只显示首尾几位；只有办理您事项的工作人员能看到完整号码，每次查看都有记录。',
    '四、保存多久：您提交的事项及其办理记录是街道的公务档案，按档案管理规定保存。您注销账号后，账号和登录信息删除，已提交的事项仍作为公务档案保留。',
    '五、您的权利：您可以在“我的”页面导出您的个人数据，也可以注销账号。您可以随时撤回对本说明的同意：撤回不影响撤回前已提交事项的办理，撤回后再提交身份证件号码，需要重新同意。如有疑问，请联系街道办事处。'
  ].join('\n\n')
}
