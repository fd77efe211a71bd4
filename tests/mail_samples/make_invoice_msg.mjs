import {Email, Attachment} from "@tutao/oxmsg"
import {writeFileSync} from "fs"
const email = new Email(false, false)
email.sender("Manager@Firm.example", "Менеджер")
  .to("Ivan.Petrov@Client.example", "Иван Петров")
  .to("buh@client.example", "Бухгалтерия")
  .cc("Olga@Partner.example", "Ольга")
  .subject("Счёт №42 на поставку")
  .bodyHtml("<html><body><p>Добрый день, Иван!</p><p>Счёт во&nbsp;вложении.</p><script>x()</script></body></html>")
  .sentOn(new Date(Date.UTC(2024, 2, 5, 10, 30, 0)))
email.internetMessageId = "<invoice-42@firm.example>"
email.attach(new Attachment(new TextEncoder().encode("Счёт 42: 1000 руб.\n"), "счёт-42.txt"))
writeFileSync("invoice_cyrillic.msg", email.msg())
